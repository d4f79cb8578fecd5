import "server-only";
// A signed note of when the form was shown. Bots post instantly; the time trap needs a
// render time the client cannot forge, so it is an HMAC, not a plain number.
// The secret is FORM_TOKEN_SECRET or, unset, one generated once and kept in the database, so a
// form shown by one instance may be sent to another, and forms open across a restart still count.
import { createHmac, timingSafeEqual } from "node:crypto";
import {
  formTokenClockToleranceMs,
  formTokenLifetimeMs,
  formTokenRenewAfterMs,
  readFormToken,
} from "../form-token-lifetime";

function sign(secret: string, issuedAt: number) {
  return createHmac("sha256", secret).update(`form:${issuedAt}`).digest("base64url");
}

export function createFormToken(secret: string, now: Date): string {
  const issuedAt = now.getTime();
  return `v1.${issuedAt}.${sign(secret, issuedAt)}`;
}

/** A genuine token's age; `expired` once it is past its lifetime (give or take clock noise). */
export type TokenCheck =
  { ok: true; token: string; ageMs: number; expired: boolean } | { ok: false; reason: string };

export function checkFormToken(token: string | undefined, secret: string, now: Date): TokenCheck {
  const parts = readFormToken(token);
  if (!parts || !token) return { ok: false, reason: "form token missing or malformed" };
  const expected = Buffer.from(sign(secret, parts.issuedAt));
  const given = Buffer.from(parts.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "form token signature does not match" };
  }
  const ageMs = now.getTime() - parts.issuedAt;
  if (ageMs < -formTokenClockToleranceMs)
    return { ok: false, reason: "form token issued in the future" };
  const expired = ageMs > formTokenLifetimeMs + formTokenClockToleranceMs;
  return { ok: true, token, ageMs, expired };
}

/**
 * The token a form shown again should carry: its own while that has more than an hour to run;
 * after that, its successor for the current 23-hour period since it was shown, dated `minFillMs`
 * before that period began, so a prospect who corrects and sends at once is not taken for a bot.
 * Asking again within the period gives the same successor: an old genuine token buys at most one
 * fresh token a day, no more than loading the page does. A missing or forged token gets one dated
 * now, so whoever fetched it still waits out the time trap.
 */
export function renewedFormToken(
  token: string | undefined,
  secret: string,
  now: Date,
  minFillMs: number,
): string {
  const check = checkFormToken(token, secret, now);
  if (check.ok && check.ageMs < formTokenRenewAfterMs) return check.token;
  const issuedAt = readFormToken(check.ok ? check.token : undefined)?.issuedAt;
  if (!check.ok || issuedAt === undefined) return createFormToken(secret, now);
  const periods = Math.floor(check.ageMs / formTokenRenewAfterMs);
  return createFormToken(secret, new Date(issuedAt + periods * formTokenRenewAfterMs - minFillMs));
}
