// One PostgreSQL cluster's lifecycle through initdb and pg_ctl, with the settings of a
// throwaway test server: its data is deleted afterwards, so durability only costs time.
import net from "node:net";
import path from "node:path";
import { logTail, runPg, runPgSync } from "./postgres-exec";

export type Cluster = {
  bin: string;
  dir: string;
  dataDir: string;
  logFile: string;
  port: number;
  /** Flush every commit to disk, as production does; tests skip it, benchmarks must not. */
  durable: boolean;
};

export const clusterIn = (bin: string, dir: string, port: number, durable = false): Cluster => ({
  bin,
  dir,
  port,
  durable,
  dataDir: path.join(dir, "data"),
  logFile: path.join(dir, "server.log"),
});

export async function initCluster({ bin, dataDir }: Cluster): Promise<void> {
  // Trust auth for the one superuser: only this machine's loopback can reach the server.
  const args = ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"];
  await runPg(path.join(bin, "initdb"), [...args, "--no-sync"]);
}

export async function startCluster(cluster: Cluster): Promise<void> {
  const { bin, dir, dataDir, logFile, port, durable } = cluster;
  // The socket goes in the scratch folder, not /var/run/postgresql: that may not exist, and two
  // servers there would clash. 200 connections leave room for app pools plus test clients.
  const fsync = durable ? "on" : "off";
  const settings = `-c listen_addresses=127.0.0.1 -c fsync=${fsync} -c max_connections=200`;
  const options = `-p ${port} -k ${dir} ${settings}`;
  const args = ["-D", dataDir, "-l", logFile, "-w", "-t", "30", "-o", options, "start"];
  try {
    await runPg(path.join(bin, "pg_ctl"), args);
  } catch (error) {
    // pg_ctl only says "could not start server"; the reason (port taken, shared memory…) is
    // in the log, which a failed startTestPostgres() deletes with the rest of the folder.
    const tail = await logTail(logFile);
    const heading = `PostgreSQL did not start on 127.0.0.1:${port}. End of its server.log:`;
    throw new Error(`${heading}\n${tail}`, { cause: error });
  }
}

const stopArgs = ({ dataDir }: Cluster, mode: string) => ["-D", dataDir, "-m", mode, "-w", "stop"];

export async function stopCluster(cluster: Cluster, mode: "fast" | "immediate"): Promise<void> {
  await runPg(path.join(cluster.bin, "pg_ctl"), stopArgs(cluster, mode));
}

/** For `exit` hooks. Immediate: nobody will read this data again, so skip the checkpoint. */
export function stopClusterSync(cluster: Cluster): void {
  runPgSync(path.join(cluster.bin, "pg_ctl"), stopArgs(cluster, "immediate"));
}

/** A port nobody listens on right now: the kernel picks one, and we let go of it for the server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("No free loopback port"))));
    });
  });
}
