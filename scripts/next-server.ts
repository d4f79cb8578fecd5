// Starts `next start` of the current build on a loopback port with its own environment,
// for tests and benchmarks that need a real server they can stop or kill.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

export type RunningServer = {
  url: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  output: () => string;
};

/**
 * The project's own Next: another copy's React would be a second React in the same server. A
 * folder without its own (the bench's bare baseline app) uses this project's.
 */
const nextBinIn = (project: string) => {
  const bin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");
  return existsSync(bin(project)) ? bin(project) : bin(process.cwd());
};

/**
 * standalone: the folder of a standalone build, started with `node server.js` as deployed.
 * dev: `next dev` instead of `next start` (it compiles on first request, so it gets longer).
 * host: the address to listen on (`-H`, or HOSTNAME for standalone); null leaves Next's own
 * default (every address). Either way the server is reached on 127.0.0.1.
 */
type StartOptions = {
  cwd?: string;
  readyPath?: string;
  standalone?: string;
  dev?: boolean;
  host?: string | null;
};

/** True when something already listens on the port (a server left over from an earlier run). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startNextServer(
  port: number,
  env: Record<string, string>,
  {
    cwd = process.cwd(),
    readyPath = "/contact/thanks",
    standalone,
    dev,
    host = "127.0.0.1",
  }: StartOptions = {},
): Promise<RunningServer> {
  // Otherwise the readiness check below could be answered by that other server.
  if (await portTaken(port))
    throw new Error(`Port ${port} is already in use; stop the process holding it and run again.`);
  const args = standalone
    ? ["server.js"]
    : [nextBinIn(cwd), dev ? "dev" : "start", ...(host ? ["-H", host] : []), "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: standalone ?? cwd,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(standalone ? { PORT: String(port), ...(host ? { HOSTNAME: host } : {}) } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const waitMs = dev ? 180_000 : 30_000;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`the server did not answer within ${waitMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
