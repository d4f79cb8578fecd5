// Runs PostgreSQL's tools as a user they accept. initdb and postgres refuse to run as root,
// so as root every command goes through `runuser -u postgres` (the user Debian's package
// creates); otherwise the binaries run as ourselves.
import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

// The postgres user must be able to read the working directory, and /work/… or /root may
// be closed to it; /tmp is open to everyone.
const cwd = "/tmp";

function asServerUser(file: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
}

/** Runs one tool to completion; its stderr ends up in the error message when it fails. */
export async function runPg(file: string, args: string[]): Promise<string> {
  const [command, argv] = asServerUser(file, args);
  const { stdout } = await execFileAsync(command, argv, { cwd, encoding: "utf8" });
  return stdout;
}

/** The same, for `exit` handlers, where nothing asynchronous runs any more. */
export function runPgSync(file: string, args: string[]): void {
  const [command, argv] = asServerUser(file, args);
  execFileSync(command, argv, { cwd, stdio: "ignore", timeout: 15_000 });
}

/**
 * A fresh folder owned by the server's user. It lives directly in /tmp because the Unix socket
 * goes in it too, and socket paths are limited to about 100 characters (a macOS TMPDIR is long).
 */
export async function makeScratchDir(): Promise<string> {
  if (!isRoot) return mkdtemp("/tmp/altus-pg.");
  return (await runPg("mktemp", ["-d", "/tmp/altus-pg.XXXXXX"])).trim();
}

// Root may delete the postgres user's files; anyone else created them as themselves.
export const removeScratchDir = (dir: string) => rm(dir, { recursive: true, force: true });
export const removeScratchDirSync = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** The last lines of the server's log: why it would not start is written there, not to stderr. */
export async function logTail(file: string, lines = 20): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log was written)";
  }
}
