// Makes sure the e2e tests have a browser; on Debian/Ubuntu as root it installs Debian's chromium.
import { installDebianPackage } from "./debian-install";
import { findBrowser } from "./browser";

const found = findBrowser();
if (found) {
  console.log(`e2e browser: ${found.path} (${found.source})`);
  process.exit(0);
}

if (installDebianPackage("chromium")) {
  const installed = findBrowser();
  if (installed) {
    console.log(`e2e browser: ${installed.path} (${installed.source})`);
    process.exit(0);
  }
}

console.error(
  [
    "No Chromium for the end-to-end tests.",
    "Install one of these, then run the tests again:",
    "  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)",
    "  - any Chromium or Chrome binary: export CHROMIUM_PATH=/path/to/chrome",
  ].join("\n"),
);
process.exit(1);
