import "server-only";
// Checks a sign-in. After 10 failures in 15 minutes from one address, or for one account,
// every attempt there is refused for 15 minutes, even with the right password. Unknown
// accounts get the same answer, after the same work, as wrong passwords.
import { createHash } from "node:crypto";
import {
  recentSignInFailures,
  recordSignInFailure,
  staffPasswordHash,
  type LeadDb,
} from "../store";
import { decoyHash, verifyPassword } from "./password";

// Made now, so even the first unknown account costs one scrypt run, like every other attempt.
void decoyHash();

export const lockoutFailures = 10;
export const lockoutWindowMs = 15 * 60_000;

export type SignInResult =
  | { ok: true; email: string }
  | { ok: false; locked: false }
  | { ok: false; locked: true; retryAfterSeconds: number };

const key = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url")}`;

/** Emails are compared as typed, ignoring case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

async function lockedFor(db: LeadDb, keys: string[], now: Date): Promise<number | undefined> {
  const since = new Date(now.getTime() - lockoutWindowMs);
  let until: number | undefined;
  for (const failureKey of keys) {
    const failures = await recentSignInFailures(db, failureKey, since, lockoutFailures);
    const oldest = failures.at(-1);
    if (failures.length >= lockoutFailures && oldest !== undefined) {
      until = Math.max(until ?? 0, oldest + lockoutWindowMs);
    }
  }
  return until;
}

export async function checkSignIn(
  db: LeadDb,
  input: { email: string; password: string; address: string },
  now: Date,
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const keys = [key("address", input.address), key("account", email)];
  const stored = await staffPasswordHash(db, email);
  // The password is checked even when locked out or unknown, so timing tells nothing.
  const matches = await verifyPassword(input.password, stored ?? (await decoyHash()));
  const lockedUntil = await lockedFor(db, keys, now);
  if (lockedUntil !== undefined) {
    return {
      ok: false,
      locked: true,
      retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000),
    };
  }
  if (stored && matches) return { ok: true, email };
  await recordSignInFailure(db, keys, now);
  return { ok: false, locked: false };
}
