// Oversized posts for the body-limit tests, and the server's memory as the kernel counts it.
import { readFileSync, readdirSync } from "node:fs";
import { request, type ClientRequest } from "node:http";

export type Framing = "content-length" | "chunked";

const nineMegabytes = Buffer.alloc(9 * 1024 * 1024, "a");
const piece = 1024 * 1024;

/** The status of a post's answer, or "reset" when the server closed the connection first. */
export type Answer = number | "reset";

/**
 * POSTs on a connection of its own and resolves as soon as the answer's status arrives, whether
 * or not the server read the rest of the body.
 */
function send(
  url: string,
  headers: Record<string, string>,
  writeBody: (outgoing: ClientRequest) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", agent: false, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    // An error after the answer changes nothing (the promise is settled).
    outgoing.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve("reset") : reject(error),
    );
    writeBody(outgoing);
  });
}

/**
 * 9 MB, asking to keep the connection open (so the server must read the rest or close).
 * Chunked: 1 MiB chunks and no length announced.
 */
export function postNineMegabytes(
  url: string,
  framing: Framing,
  headers: Record<string, string>,
): Promise<Answer> {
  const length: Record<string, string> =
    framing === "content-length" ? { "content-length": `${nineMegabytes.length}` } : {};
  return send(url, { connection: "keep-alive", ...headers, ...length }, (outgoing) => {
    for (let start = 0; start < nineMegabytes.length; start += piece) {
      outgoing.write(nineMegabytes.subarray(start, start + piece));
    }
    outgoing.end();
  });
}

/**
 * A valid JSON lead followed by 1 MB of spaces (still valid JSON, but far too long), chunked,
 * the lead in a chunk of its own: what a body cut at a chunk boundary would be taken for.
 */
export function postPaddedLead(url: string, lead: unknown): Promise<Answer> {
  return send(url, { "content-type": "application/json" }, (outgoing) =>
    outgoing.write(JSON.stringify(lead), () => outgoing.end(Buffer.alloc(1024 * 1024, " "))),
  );
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
