import "server-only";
// Reads a request body up to a limit, stopping as soon as it is exceeded, so an oversized
// post costs us at most the limit in memory.

export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true };

export async function readBodyWithin(request: Request, limitBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) return { ok: false, tooLarge: true };
      chunks.push(value);
    }
  } finally {
    // Not cancel(): that ends the connection before the answer is sent. What is left is for
    // withBoundedBody (lib/http/bounded-body.ts), which closes the connection on it.
    reader.releaseLock();
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
