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
  failureStartedLock,
  releaseSignInAttempt,
  reserveSignInAttempt,
  staffPasswordHash,
  upgradeStaffPasswordHash,
} from "./store";

export type SignInResult =
  | { ok: true; email: string; hash: string; deviceToken: string }
  | { ok: false; locked: false; lockedNow?: { account: string | undefined } }
  | { ok: false; locked: true; retryAfterSeconds: number }
  | { ok: false; locked: false; busy: true };

export type SignInInput = {
  email: string;
  password: string;
  /** The client's address; counted by its network (an IPv6 /64), like the rate limit. */
  address: string;
  /** The device cookies this browser sent (normally one). */
  devices?: readonly string[];
};

/** A lockout key: what is counted (an address's network, an account), never stored as typed. */
export const signInKey = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url")}`;

/** Emails are compared as typed, ignoring case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// Read once per database: it never changes once made.
const secrets = new WeakMap<Db, Promise<string>>();
function deviceSecret(db: Db): Promise<string> {
  const secret = secrets.get(db) ?? sharedSecret(db, "device_cookie_secret");
  secrets.set(db, secret);
  return secret.catch((error: unknown) => {
    secrets.delete(db);
    throw error;
  });
}

// No account has such an address, and PostgreSQL cannot even compare text holding a NUL: these
// are looked up as no one, so bad input is an ordinary failed sign-in, never a database error.
export const unusableEmail = (email: string) => email.length > 320 || /\p{Cc}/u.test(email);

export async function checkSignIn(db: Db, input: SignInInput, now: Date): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const secret = await deviceSecret(db);
  const stored = unusableEmail(email) ? undefined : await staffPasswordHash(db, email);
  const account = stored ? { secret, email, passwordHash: stored } : undefined;
  const device = account && trustedDevice(input.devices ?? [], account, now);
  const keys = device
    ? [signInKey("device", device)]
    : [signInKey("address", clientNetwork(input.address)), signInKey("account", email)];
  // Recorded before any hashing: a flood of attempts beyond the limit costs no hashing, and
  // tells nothing either, since unknown accounts are locked out just like known ones.
  const reservation = await reserveSignInAttempt(db, keys, now, lockedUntil);
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil((reservation.lockedUntil - now.getTime()) / 1000);
    return { ok: false, locked: true, retryAfterSeconds };
  }
  let matches: boolean;
  try {
    // An unknown account is checked against a decoy hash, so it takes as long as a wrong one.
    const against = stored ?? (await decoyHash());
    // A known browser goes ahead of a queue of strangers, so a flood cannot keep its owner out.
    const check = () => verifyPassword(input.password, against);
    matches = await withHashSlot(check, { first: device !== undefined });
  } catch (error) {
    // Never checked (too many checks running, or the database failed): it was no failure.
    await releaseSignInAttempt(db, reservation.ids);
    if (error instanceof HashesBusy) return { ok: false, locked: false, busy: true };
    throw error;
  }
  if (!stored || !matches) {
    // The failure that starts a lock is worth an owner's attention (the audit record).
    const locking = await failureStartedLock(db, keys, now, lockedUntil);
    return locking
      ? { ok: false, locked: false, lockedNow: { account: stored && email } }
      : { ok: false, locked: false };
  }
  await releaseSignInAttempt(db, reservation.ids);
  const hash = needsRehash(stored) ? await upgradedHash(db, email, stored, input.password) : stored;
  const deviceToken = newDeviceToken({ secret, email, passwordHash: hash }, now, device);
  return { ok: true, email, hash, deviceToken };
}

/** The account's hash at today's settings, made from the password just verified. */
async function upgradedHash(db: Db, email: string, stored: string, password: string) {
  const upgraded = await withHashSlot(() => hashPassword(password)).catch(() => undefined);
  if (!upgraded) return stored;
  return (await upgradeStaffPasswordHash(db, email, stored, upgraded)) ? upgraded : stored;
}
