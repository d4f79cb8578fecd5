import "server-only";
// OWASP's "device cookie": a browser that has signed in to an account gets a signed, long-lived
// cookie naming that account. Its sign-ins are counted and locked on their own, so a stranger
// who floods an account with wrong passwords locks out only browsers without one, never the
// staff member at their usual desk. It proves nothing else: the password is still checked.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const deviceCookie = "altus_device";
export const deviceLifetimeMs = 365 * 24 * 60 * 60_000;

const accountTag = (email: string) =>
  createHash("sha256").update(`device-account:${email}`).digest("base64url").slice(0, 22);
const signature = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`device:${payload}`).digest("base64url");

/** `d1.<device id>.<account tag>.<issued ms>.<signature>`: no email in the clear. */
export function newDeviceToken(secret: string, email: string, now: Date, deviceId?: string) {
  const payload = [
    "d1",
    deviceId ?? randomBytes(16).toString("base64url"),
    accountTag(email),
    now.getTime(),
  ].join(".");
  return `${payload}.${signature(secret, payload)}`;
}

/** The device id of a cookie signed by us, for this account and not expired; else undefined. */
export function trustedDevice(
  token: string | undefined,
  secret: string,
  email: string,
  now: Date,
): string | undefined {
  const match = /^(d1\.([\w-]{22})\.([\w-]{22})\.(\d{1,15}))\.([\w-]{43})$/.exec(token ?? "");
  if (!match) return undefined;
  const [, payload = "", deviceId, tag, issued, given = ""] = match;
  const expected = Buffer.from(signature(secret, payload));
  if (expected.length !== given.length || !timingSafeEqual(expected, Buffer.from(given)))
    return undefined;
  if (tag !== accountTag(email)) return undefined;
  const age = now.getTime() - Number(issued);
  return age >= -60_000 && age < deviceLifetimeMs ? deviceId : undefined;
}
