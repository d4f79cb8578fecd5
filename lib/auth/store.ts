import "server-only";
// Staff accounts, their sessions and failed sign-ins. A session row holds the SHA-256 of the
// cookie's token, never the token itself; removing an account or changing its password
// deletes its sessions, which every instance sees at once.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { lockForTransaction } from "@/lib/db";
import type { StaffSessionRow } from "@/lib/db";
import { signInFailureMemoryMs } from "./lockout";

export async function staffAccountCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("staff_users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function addStaffAccount(db: Db, email: string, hash: string, now: Date) {
  const result = await db
    .insertInto("staff_users")
    .values({ email, password_hash: hash, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("email").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function listStaffAccounts(db: Db) {
  return db.selectFrom("staff_users").select(["email", "created_at"]).orderBy("email").execute();
}

export async function staffPasswordHash(db: Db, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("staff_users")
    .select("password_hash")
    .where("email", "=", email)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Removes an account and ends its sessions; false if there was no such account. */
export async function removeStaffAccount(db: Db, email: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `staff:${email}`);
    await trx.deleteFrom("staff_sessions").where("email", "=", email).execute();
    const result = await trx
      .deleteFrom("staff_users")
      .where("email", "=", email)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  });
}

/** Sets a new password hash and ends every session of the account. */
export async function setStaffPassword(db: Db, email: string, hash: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `staff:${email}`);
    const result = await trx
      .updateTable("staff_users")
      .set({ password_hash: hash })
      .where("email", "=", email)
      .executeTakeFirst();
    await trx.deleteFrom("staff_sessions").where("email", "=", email).execute();
    return Number(result.numUpdatedRows) === 1;
  });
}

/**
 * Starts a session only if the password just checked is still the account's: a password change
 * or removal that lands between the check and this insert would otherwise miss the new session.
 * The same per-account lock is taken by those changes.
 */
export async function insertStaffSessionIfCurrent(
  db: Db,
  session: StaffSessionRow,
  checkedHash: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `staff:${session.email}`);
    const account = await trx
      .selectFrom("staff_users")
      .select("password_hash")
      .where("email", "=", session.email)
      .executeTakeFirst();
    if (account?.password_hash !== checkedHash) return false;
    await trx.insertInto("staff_sessions").values(session).execute();
    return true;
  });
}

/** A session of an account that still exists. */
export function findStaffSession(db: Db, tokenHash: string) {
  return db
    .selectFrom("staff_sessions")
    .innerJoin("staff_users", "staff_users.email", "staff_sessions.email")
    .selectAll("staff_sessions")
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function touchStaffSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable("staff_sessions")
    .set({ last_seen_at: now.toISOString() })
    .where("token_hash", "=", tokenHash)
    .execute();
}

export async function deleteStaffSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom("staff_sessions").where("token_hash", "=", tokenHash).execute();
}

export async function recordSignInFailure(db: Db, keys: string[], now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto("sign_in_failures")
    .values(keys.map((key) => ({ id: randomUUID(), key, at })))
    .execute();
}

/** Times of the failures under a key since a moment, newest first (at most `limit`). */
export async function recentSignInFailures(db: Db, key: string, since: Date, limit: number) {
  const rows = await db
    .selectFrom("sign_in_failures")
    .select("at")
    .where("key", "=", key)
    .where("at", ">", since.toISOString())
    .orderBy("at", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => Date.parse(row.at));
}

/**
 * Drops what no longer matters: expired sessions, and failures older than the lockout looks
 * back (forgetting them at 15 minutes lifted a lock early whenever the ten failures behind it
 * had been spread over the window).
 */
export async function forgetExpiredAuthState(db: Db, now: Date) {
  const sessionsBefore = now;
  const failuresBefore = new Date(now.getTime() - signInFailureMemoryMs);
  await db
    .deleteFrom("staff_sessions")
    .where("expires_at", "<", sessionsBefore.toISOString())
    .execute();
  await db.deleteFrom("sign_in_failures").where("at", "<", failuresBefore.toISOString()).execute();
}
