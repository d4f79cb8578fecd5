// Makes sure the e2e tests have a browser; on Debian/Ubuntu as root it installs Debian's chromium.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser } from "./browser";

const found = findBrowser();
if (found) {
  console.log(`e2e browser: ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
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
