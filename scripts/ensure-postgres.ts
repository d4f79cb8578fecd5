// Makes sure the tests can start throwaway PostgreSQL servers; on Debian/Ubuntu as root it
// installs Debian's postgresql package. Never skips: tests without their database would pass
// for the wrong reason.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findPostgresBin, missingPostgresMessage } from "./postgres-bin";

function found(): string | undefined {
  try {
    return findPostgresBin();
  } catch (error) {
    // A PG_BIN pointing nowhere: say so plainly rather than with a stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const bin = found();
if (bin) {
  console.log(`test PostgreSQL: ${bin}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No PostgreSQL found: installing Debian's postgresql package with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  // Its only recommendation is sysstat; the tests need just the server binaries.
  const install = ["install", "-y", "-qq", "--no-install-recommends", "postgresql"];
  execFileSync("apt-get", install, { stdio: "inherit", env });
  const installed = found();
  if (installed) {
    console.log(`test PostgreSQL: ${installed}`);
    process.exit(0);
  }
}

console.error(missingPostgresMessage);
process.exit(1);
