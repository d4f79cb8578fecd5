import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createContactHandler } from "@/lib/leads/server";
import { startSilentProxy, type SilentProxy } from "../../../fixtures/silent-proxy";
import { tempPostgresUrl, validLead } from "../db/fixtures";
import { openDb, type Db } from "@/lib/db";

let proxy: SilentProxy | undefined;
let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  await proxy?.close();
});

const post = (handle: (request: Request) => Promise<Response>) =>
  handle(
    new Request("https://altus.example/api/contact", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(validLead({ submissionId: randomUUID() })),
    }),
  );

describe("PostgreSQL connections that die silently", () => {
  it("are dropped after one failed request, so the site takes leads again at once", async () => {
    const direct = new URL(await tempPostgresUrl());
    proxy = await startSilentProxy(Number(direct.port));
    direct.port = String(proxy.port);
    db = await openDb(direct.toString());
    const handle = createContactHandler({
      db,
      siteUrl: "https://altus.example",
      minFillMs: 0,
      trustProxy: false,
      secret: "x".repeat(32),
      perMinute: 100,
      channels: ["mail"],
    });
    // Fill the pool with open connections, then lose them all without a word.
    const warm = await Promise.all(Array.from({ length: 10 }, () => post(handle)));
    expect(warm.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    proxy.silenceOpenConnections();

    // Requests that land on a dead connection fail after the query timeout, with a 503 …
    const during = await Promise.all(Array.from({ length: 10 }, () => post(handle)));
    expect(during.every((answer) => answer.status === 503 || answer.status === 201)).toBe(true);
    // … and the dead connections are gone: the next ones go through new, live connections.
    const after = await Promise.all(Array.from({ length: 5 }, () => post(handle)));
    expect(after.map((answer) => answer.status)).toEqual(Array(5).fill(201));
  }, 40_000);
});
