// Requests to POST /api/contact and a handler to answer them, shared by the handler's tests.
import { createContactHandler } from "@/lib/leads/server";
import type { Db } from "@/lib/db";

export const secret = "test-secret-that-is-long-enough-for-hmac";
export const site = "https://altus.example";
export const url = `${site}/api/contact`;

export function handlerFor(
  db: Db,
  options: { minFillMs?: number; perMinute?: number; now?: () => Date; trustProxy?: boolean } = {},
) {
  return createContactHandler({
    db,
    siteUrl: site,
    minFillMs: options.minFillMs ?? 0,
    trustProxy: options.trustProxy ?? false,
    secret,
    perMinute: options.perMinute ?? 0,
    channels: ["mail"],
    now: options.now,
  });
}

export const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

export const form = (body: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
  });

export const countSpam = (db: Db) =>
  db.selectFrom("spam_leads").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
