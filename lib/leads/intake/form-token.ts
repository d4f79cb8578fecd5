import "server-only";
// A signed note of when the form was shown. Bots post instantly; the time trap needs a
// render time the client cannot forge, so it is an HMAC, not a plain number.
// The secret is FORM_TOKEN_SECRET or, unset, one generated once and kept in the database, so a
// form shown by one instance may be sent to another, and forms open across a restart still count.
import { createHmac, timingSafeEqual } from "node:crypto";

function sign(secret: string, issuedAt: number) {
  return createHmac("sha256", secret).update(`form:${issuedAt}`).digest("base64url");
}

export function createFormToken(secret: string, now: Date): string {
  const issuedAt = now.getTime();
  return `v1.${issuedAt}.${sign(secret, issuedAt)}`;
}

export type TokenCheck = { ok: true; ageMs: number } | { ok: false; reason: string };

export function checkFormToken(token: string | undefined, secret: string, now: Date): TokenCheck {
  const match = /^v1\.(\d{1,15})\.([\w-]{43})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return { ok: false, reason: "form token missing or malformed" };
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "form token signature does not match" };
  }
  const ageMs = now.getTime() - issuedAt;
  if (ageMs < -60_000) return { ok: false, reason: "form token issued in the future" };
  return { ok: true, ageMs };
}
