import "server-only";
// OWASP's "device cookie": a browser that has signed in to an account gets a signed, long-lived
// cookie naming that account. Its sign-ins are counted and locked on their own, so a stranger
// who floods an account with wrong passwords locks out only browsers without one, never the
// staff member at their usual desk. It proves nothing else: the password is still checked.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const deviceCookie = "altus_device";
export const deviceLifetimeMs = 365 * 24 * 60 * 60_000;

// Keyed, so the cookie cannot be matched against a list of addresses offline.
const accountTag = (secret: string, email: string) =>
  createHmac("sha256", secret).update(`device-account:${email}`).digest("base64url").slice(0, 22);

/**
 * Signed together with the account's current password hash (never put in the cookie): a
 * password change or a removed account voids every device cookie issued before, so someone who
 * once knew the password keeps no guessing budget of their own after it is changed.
 */
const signature = (secret: string, payload: string, passwordHash: string) =>
  createHmac("sha256", secret).update(`device:${payload}:${passwordHash}`).digest("base64url");

export type DeviceAccount = { secret: string; email: string; passwordHash: string };

/** `d1.<device id>.<account tag>.<issued ms>.<signature>`: no email in the clear. */
export function newDeviceToken(account: DeviceAccount, now: Date, deviceId?: string) {
  const payload = [
    "d1",
    deviceId ?? randomBytes(16).toString("base64url"),
    accountTag(account.secret, account.email),
    now.getTime(),
  ].join(".");
  return `${payload}.${signature(account.secret, payload, account.passwordHash)}`;
}

/** The device id of the first cookie signed by us for this account as it is now; else undefined. */
export function trustedDevice(
  tokens: readonly string[],
  account: DeviceAccount,
  now: Date,
): string | undefined {
  for (const token of tokens) {
    const match = /^(d1\.([\w-]{22})\.([\w-]{22})\.(\d{1,15}))\.([\w-]{43})$/.exec(token);
    if (!match) continue;
    const [, payload = "", deviceId, tag, issued, given = ""] = match;
    const expected = Buffer.from(signature(account.secret, payload, account.passwordHash));
    if (expected.length !== given.length || !timingSafeEqual(expected, Buffer.from(given)))
      continue;
    if (tag !== accountTag(account.secret, account.email)) continue;
    const age = now.getTime() - Number(issued);
    if (age >= -60_000 && age < deviceLifetimeMs) return deviceId;
  }
  return undefined;
}
