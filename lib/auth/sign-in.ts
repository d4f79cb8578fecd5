import "server-only";
// Checks a sign-in. After 10 failures in 15 minutes from one address, or for one account,
// attempts there are refused for 15 minutes, even with the right password; a browser that has
// signed in to the account before (its device cookie) is counted on its own instead. Unknown
// accounts get the same answer, after the same work, as wrong passwords.
import { createHash } from "node:crypto";
import { sharedSecret, type Db } from "@/lib/db";
import { clientNetwork } from "@/lib/http/client-address";
import { newDeviceToken, trustedDevice } from "./device-cookie";
import { HashesBusy, withHashSlot } from "./hash-slots";
import { lockedUntil } from "./lockout";
import { decoyHash, hashPassword, needsRehash, verifyPassword } from "./password";
import {
  releaseSignInAttempt,
  reserveSignInAttempt,
  staffPasswordHash,
  upgradeStaffPasswordHash,
} from "./store";

// Made now, so even the first unknown account costs one hash, like every other attempt.
void decoyHash();

export type SignInResult =
  | { ok: true; email: string; hash: string; deviceToken: string }
  | { ok: false; locked: false }
  | { ok: false; locked: true; retryAfterSeconds: number }
  | { ok: false; locked: false; busy: true };

export type SignInInput = {
  email: string;
  password: string;
  /** The client's address; counted by its network (an IPv6 /64), like the rate limit. */
  address: string;
  /** The device cookie this browser sent, if any. */
  device?: string;
};

const key = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url")}`;

/** Emails are compared as typed, ignoring case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const deviceSecret = (db: Db) => sharedSecret(db, "device_cookie_secret");

export async function checkSignIn(db: Db, input: SignInInput, now: Date): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const secret = await deviceSecret(db);
  const device = trustedDevice(input.device, secret, email, now);
  const keys = device
    ? [key("device", device)]
    : [key("address", clientNetwork(input.address)), key("account", email)];
  // Recorded before any hashing: a flood of attempts beyond the limit costs no hashing, and
  // tells nothing either, since unknown accounts are locked out just like known ones.
  const reservation = await reserveSignInAttempt(db, keys, now, lockedUntil);
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil((reservation.lockedUntil - now.getTime()) / 1000);
    return { ok: false, locked: true, retryAfterSeconds };
  }
  let stored: string | undefined;
  let matches: boolean;
  try {
    stored = await staffPasswordHash(db, email);
    // An unknown account is checked against a decoy hash, so it takes as long as a wrong one.
    const against = stored ?? (await decoyHash());
    matches = await withHashSlot(() => verifyPassword(input.password, against));
  } catch (error) {
    // Never checked (too many checks running, or the database failed): it was no failure.
    await releaseSignInAttempt(db, reservation.ids);
    if (error instanceof HashesBusy) return { ok: false, locked: false, busy: true };
    throw error;
  }
  if (!stored || !matches) return { ok: false, locked: false };
  await releaseSignInAttempt(db, reservation.ids);
  const hash = needsRehash(stored) ? await upgradedHash(db, email, stored, input.password) : stored;
  return { ok: true, email, hash, deviceToken: newDeviceToken(secret, email, now, device) };
}

/** The account's hash at today's settings, made from the password just verified. */
async function upgradedHash(db: Db, email: string, stored: string, password: string) {
  const upgraded = await withHashSlot(() => hashPassword(password)).catch(() => undefined);
  if (!upgraded) return stored;
  return (await upgradeStaffPasswordHash(db, email, stored, upgraded)) ? upgraded : stored;
}
