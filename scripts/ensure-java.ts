// Makes sure the e2e tests can run the W3C Nu HTML checker; on Debian/Ubuntu as root it
// installs Debian's default-jre-headless package. Never skips: an unchecked page would pass.
import { installDebianPackage } from "./debian-install";
import { findJava, missingJavaMessage } from "./java";

function found(): string | undefined {
  try {
    return findJava();
  } catch (error) {
    // A JAVA_HOME pointing nowhere: say so plainly rather than with a stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const java = found();
if (java) {
  console.log(`HTML checker Java: ${java}`);
  process.exit(0);
}

// Its recommendations are fonts and desktop libraries; the checker needs none of them.
if (installDebianPackage("default-jre-headless", ["--no-install-recommends"])) {
  const installed = found();
  if (installed) {
    console.log(`HTML checker Java: ${installed}`);
    process.exit(0);
  }
}

console.error(missingJavaMessage);
process.exit(1);
