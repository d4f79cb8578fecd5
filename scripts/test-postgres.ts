// Throwaway PostgreSQL servers for tests: a real server (locks, concurrent connections and
// crashes behave as in production) in a temporary folder on a free loopback port, stopped
// however the test process ends. Tests share one and take a fresh database each.
import { findPostgresBin, missingPostgresMessage } from "./postgres-bin";
import { atProcessEnd } from "./postgres-cleanup";
import { createRandomDatabase, databaseUrl, dropDatabases } from "./postgres-databases";
import { makeScratchDir, removeScratchDir, removeScratchDirSync } from "./postgres-exec";
import * as cluster from "./postgres-server";

export { findPostgresBin } from "./postgres-bin";

export type TestPostgres = {
  /** The `postgres` database as the superuser `postgres`, without password (trust auth). */
  url: string;
  port: number;
  dataDir: string;
  logFile: string;
  /** "immediate" is a crash as far as the server knows: it replays its WAL on start(). */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Starts the same data on the same port again, e.g. after a test took the database away. */
  start(): Promise<void>;
  /** A new empty database with a random name; returns its URL. */
  createDatabase(): Promise<string>;
  /** Drops every database createDatabase() made, disconnecting whoever is still connected. */
  dropDatabases(): Promise<void>;
  /** Stops the server and deletes its files. Safe to call twice. */
  destroy(): Promise<void>;
};

export async function startTestPostgres(
  options: { port?: number; durable?: boolean } = {},
): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(missingPostgresMessage);
  const port = options.port ?? (await cluster.freePort());
  const dir = await makeScratchDir();
  const files = cluster.clusterIn(bin, dir, port, options.durable);
  const url = databaseUrl(port, "postgres");
  const created = new Set<string>();
  let running = false;

  // Registered before anything runs, so that a half-made cluster is removed as well. It records
  // that the server is gone: a runner may still call destroy() after a signal ran this
  // (Playwright tears down after Ctrl-C).
  const cancelCleanup = atProcessEnd(() => {
    if (running) cluster.stopClusterSync(files);
    running = false;
    removeScratchDirSync(dir);
  });
  const start = async () => {
    if (running) return;
    await cluster.startCluster(files);
    running = true;
  };
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    if (!running) return;
    await cluster.stopCluster(files, mode);
    running = false;
  };
  // If stopping fails, the files stay and the exit hook tries again: deleting them under a
  // running server would leave it running, unreachable by pg_ctl.
  const destroy = async () => {
    await stop("immediate");
    await removeScratchDir(dir);
    cancelCleanup();
  };

  try {
    await cluster.initCluster(files);
    await start();
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    url,
    port,
    dataDir: files.dataDir,
    logFile: files.logFile,
    stop,
    start,
    destroy,
    async createDatabase() {
      const name = await createRandomDatabase(url);
      created.add(name);
      return databaseUrl(port, name);
    },
    async dropDatabases() {
      await dropDatabases(url, created);
      created.clear();
    },
  };
}
