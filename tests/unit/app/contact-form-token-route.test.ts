import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFormToken, createFormToken } from "@/lib/leads/server";

const secret = "route-test-secret-that-is-long-enough";
const folder = mkdtempSync(path.join(tmpdir(), "altus-token-route-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// The intake reads its configuration once, on the first request.
Object.assign(process.env, {
  LEADS_DB: path.join(folder, "leads.db"),
  FORM_TOKEN_SECRET: secret,
  LEADS_MIN_FILL_MS: "3000",
});
delete process.env.DATABASE_URL;

async function renew(current?: string) {
  const { GET } = await import("@/app/api/contact/form-token/route");
  const query = current === undefined ? "" : `?current=${encodeURIComponent(current)}`;
  const response = await GET(new Request(`https://altus.example/api/contact/form-token${query}`));
  expect(response.headers.get("cache-control")).toBe("no-store");
  const { formToken } = (await response.json()) as { formToken: string };
  const check = checkFormToken(formToken, secret, new Date());
  if (!check.ok) throw new Error(`the route answered a token that does not check: ${check.reason}`);
  return { formToken, ageMs: check.ageMs };
}

const shownAgo = (ms: number) => createFormToken(secret, new Date(Date.now() - ms));

describe("GET /api/contact/form-token", () => {
  it("answers a token still good for more than an hour with itself", async () => {
    const current = shownAgo(60_000);
    expect((await renew(current)).formToken).toBe(current);
  });

  it("answers a token near the end of its day with its one successor, past the time trap", async () => {
    const current = shownAgo(23.5 * 3_600_000);
    const renewed = await renew(current);
    expect(renewed.formToken).not.toBe(current);
    expect(renewed.ageMs).toBeGreaterThanOrEqual(3000);
    expect(renewed.ageMs).toBeLessThan(3_600_000);
    // Asked again, the same successor: renewing one token never buys a second fresh one.
    expect((await renew(current)).formToken).toBe(renewed.formToken);
  });

  it("answers a token long past its day with one successor for today, however often asked", async () => {
    const old = shownAgo(30 * 24 * 3_600_000);
    const renewed = await renew(old);
    expect(renewed.ageMs).toBeGreaterThanOrEqual(3000);
    expect(renewed.ageMs).toBeLessThan(23 * 3_600_000 + 3000);
    expect((await renew(old)).formToken).toBe(renewed.formToken);
  });

  it("answers a missing or forged token with one dated now, so the time trap still holds", async () => {
    const forged = createFormToken("another-secret-of-sufficient-length!!", new Date(0));
    for (const current of [undefined, forged]) {
      expect((await renew(current)).ageMs).toBeLessThan(3000);
    }
  });
});
