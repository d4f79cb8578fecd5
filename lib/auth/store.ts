import "server-only";
// Staff accounts, their sessions and sign-in attempts. A session row holds the SHA-256 of the
// cookie's token, never the token itself; removing an account or changing its password
// deletes its sessions, which every instance sees at once.
import { randomUUID } from "node:crypto";
import { lockForTransaction, type Db, type StaffRole, type StaffSessionRow } from "@/lib/db";
import { signInFailureMemoryMs } from "./lockout";
import { forgetOldLinks } from "./links/one-time-link";
import { forgetOldResetRequests } from "./reset/request-limit";
import { forgetExpiredChallenges } from "./passkeys/challenges";
import { removeTeamMember } from "./team/team-store";

export async function staffAccountCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("staff_users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds an account; false if the address already has one. The first account ever is an owner
 * whatever was asked: someone must be able to manage the team.
 */
export async function addStaffAccount(
  db: Db,
  email: string,
  hash: string,
  now: Date,
  role: StaffRole = "staff",
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, "staff-team");
    const first = (await staffAccountCount(trx)) === 0;
    const result = await trx
      .insertInto("staff_users")
      .values({
        email,
        password_hash: hash,
        created_at: now.toISOString(),
        role: first ? "owner" : role,
      })
      .onConflict((conflict) => conflict.column("email").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  });
}

export function listStaffAccounts(db: Db) {
  return db
    .selectFrom("staff_users")
    .select(["email", "role", "created_at"])
    .orderBy("email")
    .execute();
}

export async function staffPasswordHash(db: Db, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("staff_users")
    .select("password_hash")
    .where("email", "=", email)
    .executeTakeFirst();
  return row?.password_hash;
}

/**
 * Removes an account from the server's command line, ending its sessions and passkeys; false if
 * there was no such account. Unlike the team page it may remove the last owner: it is the way
 * out when that owner has gone (staff:add -- --owner then names a new one).
 */
export async function removeStaffAccount(db: Db, email: string): Promise<boolean> {
  return (await removeTeamMember(db, email, new Date(), { keepAnOwner: false })) === "done";
}

/** Sets a new password hash, ending every session and passkey of the account (see below). */
export async function setStaffPassword(db: Db, email: string, hash: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `staff:${email}`);
    return replacePassword(trx, email, hash);
  });
}

/**
 * The one way a password is replaced (command line, reset link), inside the caller's
 * transaction and account lock: sessions end, and passkeys go too, since a password is reset to
 * recover an account, and a passkey added from a stolen session would otherwise outlive it.
 * False if there is no such account.
 */
export async function replacePassword(trx: Db, email: string, hash: string): Promise<boolean> {
  const result = await trx
    .updateTable("staff_users")
    .set({ password_hash: hash })
    .where("email", "=", email)
    .executeTakeFirst();
  await trx.deleteFrom("staff_sessions").where("email", "=", email).execute();
  await trx.deleteFrom("staff_passkeys").where("email", "=", email).execute();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Starts a session only if the password just checked is still the account's (or, for a passkey,
 * `checkedHash` undefined, the account still exists): a password change or removal that lands
 * between the check and this insert would otherwise miss the new session. The same
 * per-account lock is taken by those changes.
 */
export async function insertStaffSessionIfCurrent(
  db: Db,
  session: StaffSessionRow,
  checkedHash: string | undefined,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `staff:${session.email}`);
    const account = await trx
      .selectFrom("staff_users")
      .select("password_hash")
      .where("email", "=", session.email)
      .executeTakeFirst();
    if (!account || (checkedHash !== undefined && account.password_hash !== checkedHash))
      return false;
    await trx.insertInto("staff_sessions").values(session).execute();
    await trx
      .updateTable("staff_users")
      .set({ last_sign_in_at: session.created_at })
      .where("email", "=", session.email)
      .execute();
    return true;
  });
}

/** A session of an account that still exists. */
export function findStaffSession(db: Db, tokenHash: string) {
  return db
    .selectFrom("staff_sessions")
    .innerJoin("staff_users", "staff_users.email", "staff_sessions.email")
    .selectAll("staff_sessions")
    .select("staff_users.role")
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

/** A key's failures as far back as a lock can reach, newest first, as lockedUntil reads them. */
async function recentFailures(db: Db, key: string, now: Date): Promise<number[]> {
  const since = new Date(now.getTime() - signInFailureMemoryMs).toISOString();
  const rows = await db
    .selectFrom("sign_in_failures")
    .select("at")
    .where("key", "=", key)
    .where("at", ">", since)
    .orderBy("at", "desc")
    .limit(100)
    .execute();
  return rows.map((row) => Date.parse(row.at));
}

export type Reservation = { ok: true; ids: string[] } | { ok: false; lockedUntil: number };

/**
 * Lets one sign-in attempt through unless a key is locked, recording it (as a failure, until
 * released) before any password is hashed. Count and record happen under one lock per key, so
 * however many attempts arrive at once, on however many instances, each sees the ones before.
 */
export async function reserveSignInAttempt(
  db: Db,
  keys: readonly string[],
  now: Date,
  lockedUntil: (failures: number[], now: number) => number | undefined,
): Promise<Reservation> {
  return db.transaction().execute(async (trx) => {
    // Always in the same order, so two attempts sharing both keys cannot deadlock.
    for (const key of [...keys].sort()) await lockForTransaction(trx, `sign-in:${key}`);
    let until: number | undefined;
    for (const key of keys) {
      const keyUntil = lockedUntil(await recentFailures(trx, key, now), now.getTime());
      if (keyUntil !== undefined) until = Math.max(until ?? 0, keyUntil);
    }
    if (until !== undefined) return { ok: false, lockedUntil: until };
    const rows = keys.map((key) => ({ id: randomUUID(), key, at: now.toISOString() }));
    await trx.insertInto("sign_in_failures").values(rows).execute();
    return { ok: true, ids: rows.map((row) => row.id) };
  });
}

/** True when the failure just recorded (at `now`) is the one that locks one of the keys. */
export async function failureStartedLock(
  db: Db,
  keys: readonly string[],
  now: Date,
  lockedUntil: (failures: number[], now: number) => number | undefined,
): Promise<boolean> {
  for (const key of keys) {
    const failures = await recentFailures(db, key, now);
    const before = failures.filter((at) => at < now.getTime());
    // Locked now, and not already by the failures before this one.
    if (lockedUntil(failures, now.getTime()) && !lockedUntil(before, now.getTime())) return true;
  }
  return false;
}

/** Takes back a reserved attempt that did not fail: the password was right, or never checked. */
export async function releaseSignInAttempt(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom("sign_in_failures").where("id", "in", ids).execute();
}

/**
 * Replaces a password hash made with weaker settings, unless the password changed meanwhile.
 * Sessions stay: the password itself is the same.
 */
export async function upgradeStaffPasswordHash(
  db: Db,
  email: string,
  checkedHash: string,
  newHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable("staff_users")
    .set({ password_hash: newHash })
    .where("email", "=", email)
    .where("password_hash", "=", checkedHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Drops what no longer matters: expired sessions and passkey challenges, and failures older than the lockout looks
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
  await forgetOldLinks(db, now);
  await forgetOldResetRequests(db, now);
  await forgetExpiredChallenges(db, now);
}
