import "server-only";
// Checks a sign-in. After 10 failures in 15 minutes from one address, or for one account,
// every attempt there is refused for 15 minutes, even with the right password. Unknown
// accounts get the same answer, after the same work, as wrong passwords.
import { createHash } from "node:crypto";
import { recentSignInFailures, recordSignInFailure, staffPasswordHash } from "./store";
import type { Db } from "@/lib/db";
import { lockoutFailures, lockoutWindowMs, signInFailureMemoryMs } from "./lockout";
import { decoyHash, verifyPassword } from "./password";

// Made now, so even the first unknown account costs one scrypt run, like every other attempt.
void decoyHash();

export type SignInResult =
  | { ok: true; email: string; hash: string }
  | { ok: false; locked: false }
  | { ok: false; locked: true; retryAfterSeconds: number };

const key = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url")}`;

/** Emails are compared as typed, ignoring case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * When the lock on these keys ends, if there is one: 15 minutes after a failure that was the
 * 10th within 15 minutes. Attempts while locked are not recorded, so the lock does not grow.
 */
async function lockedFor(db: Db, keys: string[], now: Date): Promise<number | undefined> {
  const since = new Date(now.getTime() - signInFailureMemoryMs);
  let until: number | undefined;
  for (const failureKey of keys) {
    const failures = await recentSignInFailures(db, failureKey, since, 100);
    failures.forEach((at, index) => {
      const tenthBack = failures[index + lockoutFailures - 1];
      const locking = tenthBack !== undefined && at - tenthBack <= lockoutWindowMs;
      if (locking && at + lockoutWindowMs > now.getTime()) {
        until = Math.max(until ?? 0, at + lockoutWindowMs);
      }
    });
  }
  return until;
}

export async function checkSignIn(
  db: Db,
  input: { email: string; password: string; address: string },
  now: Date,
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const keys = [key("address", input.address), key("account", email)];
  // Locked out: refused before any hashing, so a flood of attempts costs no CPU. It tells
  // nothing either: unknown accounts are locked out just like known ones.
  const lockedUntil = await lockedFor(db, keys, now);
  if (lockedUntil !== undefined) {
    return {
      ok: false,
      locked: true,
      retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000),
    };
  }
  const stored = await staffPasswordHash(db, email);
  // An unknown account is checked against a decoy hash, so it takes as long as a wrong password.
  const matches = await verifyPassword(input.password, stored ?? (await decoyHash()));
  if (stored && matches) return { ok: true, email, hash: stored };
  await recordSignInFailure(db, keys, now);
  return { ok: false, locked: false };
}
