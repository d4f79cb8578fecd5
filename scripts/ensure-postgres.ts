// Makes sure the tests can start throwaway PostgreSQL servers; on Debian/Ubuntu as root it
// installs Debian's postgresql package. Never skips: tests without their database would pass
// for the wrong reason.
import { installDebianPackage } from "./debian-install";
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

// Its only recommendation is sysstat; the tests need just the server binaries.
if (installDebianPackage("postgresql", ["--no-install-recommends"])) {
  const installed = found();
  if (installed) {
    console.log(`test PostgreSQL: ${installed}`);
    process.exit(0);
  }
}

console.error(missingPostgresMessage);
process.exit(1);
