// Oversized posts for the body-limit tests, and the server's memory as the kernel counts it.
import { readFileSync, readdirSync } from "node:fs";
import { request } from "node:http";

export type Framing = "content-length" | "chunked";

const nineMegabytes = Buffer.alloc(9 * 1024 * 1024, "a");
const piece = 1024 * 1024;

/**
 * POSTs 9 MB on a connection of its own, asking to keep it open (so the server must read or
 * close), and resolves with the status as soon as it arrives, whether or not the server read
 * the rest. Chunked: 1 MiB chunks and no length announced.
 */
export function postNineMegabytes(
  url: string,
  framing: Framing,
  headers: Record<string, string>,
): Promise<number> {
  const length =
    framing === "content-length" ? { "content-length": `${nineMegabytes.length}` } : {};
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { connection: "keep-alive", ...headers, ...length },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    // A server that answers without reading may close the connection under the upload; only
    // an error before the answer is a failure (a later reject() changes nothing).
    outgoing.on("error", reject);
    for (let start = 0; start < nineMegabytes.length; start += piece) {
      outgoing.write(nineMegabytes.subarray(start, start + piece));
    }
    outgoing.end();
  });
}

/** A process's resident memory (VmRSS) plus that of every process under it, in bytes. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const own = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN) * 1024;
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean),
  );
  return children.reduce((sum, child) => sum + residentBytes(Number(child)), own);
}

/** How far residentBytes rose above its starting value while `work` ran (sampled every 10 ms). */
export async function residentGrowthDuring<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ growth: number; result: T }> {
  const start = residentBytes(pid);
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 10);
  try {
    const result = await work();
    return { growth: Math.max(peak, residentBytes(pid)) - start, result };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * A valid JSON lead followed by 1 MB of spaces (still valid JSON, but far too long), chunked, the
 * lead in a chunk of its own: what a body cut at a chunk boundary would be taken for.
 */
export function postPaddedLead(url: string, lead: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on("error", reject);
    outgoing.write(JSON.stringify(lead), () => outgoing.end(Buffer.alloc(1024 * 1024, " ")));
  });
}
