import "server-only";
// WebAuthn challenges live in the database, not in this process: the options may come from one
// instance and the answer reach another. Each is good for 5 minutes and for one use only.
import type { Db } from "@/lib/db";

export const challengeLifetimeMs = 5 * 60 * 1000;
export type ChallengePurpose = "sign-in" | "register";

/** simplewebauthn's challenges are base64url; anything else was never issued here. */
const wellFormed = (challenge: string) => /^[A-Za-z0-9_-]{16,128}$/.test(challenge);

export async function storeChallenge(
  db: Db,
  challenge: string,
  { purpose, email = null }: { purpose: ChallengePurpose; email?: string | null },
  now: Date,
): Promise<void> {
  const expires = new Date(now.getTime() + challengeLifetimeMs).toISOString();
  await db
    .insertInto("passkey_challenges")
    .values({ challenge, purpose, email, expires_at: expires })
    .execute();
}

/**
 * True once for a challenge issued for this purpose (and, when registering, this account) that
 * has not expired. It is deleted in the same statement, so of two answers carrying the same
 * challenge, on however many instances, only one gets true.
 */
export async function takeChallenge(
  db: Db,
  challenge: string,
  { purpose, email = null }: { purpose: ChallengePurpose; email?: string | null },
  now: Date,
): Promise<boolean> {
  if (!wellFormed(challenge)) return false;
  let query = db
    .deleteFrom("passkey_challenges")
    .where("challenge", "=", challenge)
    .where("purpose", "=", purpose)
    .where("expires_at", ">", now.toISOString());
  query = email === null ? query.where("email", "is", null) : query.where("email", "=", email);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Sign-in options are open to anyone, and each stores a challenge: past this many unanswered
 * ones, no more are made until some expire, so a flood cannot grow the table without bound.
 */
export const liveSignInChallengeLimit = 10_000;

export async function signInChallengesFull(db: Db, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("passkey_challenges")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("purpose", "=", "sign-in")
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n) >= liveSignInChallengeLimit;
}

/** Housekeeping: challenges nobody answered in time. */
export async function forgetExpiredChallenges(db: Db, now: Date): Promise<void> {
  await db.deleteFrom("passkey_challenges").where("expires_at", "<=", now.toISOString()).execute();
}
