import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { lead, post } from "./lead-posts";

// The rate limit as deployed by default: no proxy trusted, so the address is the socket's own.
// Loopback answers on all of 127.0.0.0/8, which gives the test two real client addresses.
let dir: string;
let server: RunningServer | undefined;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-rate-limit-"));
  server = await startNextServer(3313, {
    LEADS_DB: path.join(dir, "leads.db"),
    LEADS_RATE_LIMIT: "3",
    LEADS_MIN_FILL_MS: "0",
    TRUST_PROXY: "0",
  });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("each client address gets its own limit, and X-Forwarded-For is ignored without TRUST_PROXY", async () => {
  const url = server?.url ?? "";
  const first = { localAddress: "127.0.0.1" };
  for (let index = 0; index < 3; index += 1) {
    expect((await post(url, lead(index), first)).status).toBe(201);
  }
  const limited = await post(url, lead(3), first);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  expect(limited.body).toMatch(/too many/i);

  // Claiming another address in a header changes nothing when no proxy is trusted.
  const spoofed = await post(url, lead(4), {
    ...first,
    headers: { "x-forwarded-for": "203.0.113.9" },
  });
  expect(spoofed.status).toBe(429);

  // A different client is not held back by the first one.
  expect((await post(url, lead(5), { localAddress: "127.0.0.2" })).status).toBe(201);
});
