// Finds the PostgreSQL server binaries the tests start throwaway databases with.
// Debian puts them in /usr/lib/postgresql/<major>/bin, which is not on PATH; Homebrew and
// most other installs put them on PATH. PG_BIN overrides both for unusual layouts.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const debianRoot = "/usr/lib/postgresql";

/** Shown whenever a test needs PostgreSQL and none is installed. */
export const missingPostgresMessage = [
  "No PostgreSQL server binaries (initdb, pg_ctl) for the tests.",
  "Install them, then run the tests again:",
  "  - Debian/Ubuntu: sudo apt-get install -y --no-install-recommends postgresql",
  "  - macOS: brew install postgresql@15   (puts initdb on PATH)",
  "  - anything else: export PG_BIN=/path/to/postgresql/bin   (the folder holding initdb)",
].join("\n");

const hasInitdb = (dir: string) => existsSync(path.join(dir, "initdb"));

/** The folder holding initdb and pg_ctl, or undefined when there is none. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    // A wrong PG_BIN is a mistake to report, not a reason to quietly use another version.
    if (hasInitdb(fromEnv)) return fromEnv;
    throw new Error(`PG_BIN is set to ${fromEnv}, but there is no initdb in it.`);
  }
  return newestDebianBin() ?? onPath();
}

function newestDebianBin(): string | undefined {
  if (!existsSync(debianRoot)) return undefined;
  // Several majors can sit side by side after an upgrade; the newest is the one a fresh
  // install would give, so tests behave the same on CI and on an upgraded laptop.
  const majors = readdirSync(debianRoot)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  return majors.map((major) => path.join(debianRoot, major, "bin")).find(hasInitdb);
}

function onPath(): string | undefined {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return dirs.find(hasInitdb);
}
