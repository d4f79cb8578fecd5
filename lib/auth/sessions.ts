import "server-only";
// Staff sessions: the cookie holds a random token, the database its SHA-256, so a copy of the
// database cannot be used to sign in. A session ends after 12 idle hours, 7 days in all, at
// sign-out, or when its account is removed or its password changed.
import { createHash, randomBytes } from "node:crypto";
import { deleteStaffSession, findStaffSession, insertStaffSessionIfCurrent } from "./store";
import type { Db, StaffRole } from "@/lib/db";

/** signedInAt: when this session began (a sign-in), for what asks for a recent one. */
export type SignedInStaff = { email: string; role: StaffRole; signedInAt: string };

export const sessionCookie = "altus_staff";
export const idleLimitMs = 12 * 60 * 60_000;
export const absoluteLimitMs = 7 * 24 * 60 * 60_000;
// Writing last_seen on every click would cost a write per page view; a minute is precise enough.
const touchEveryMs = 60_000;

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Starts a session for a staff member whose password (`checkedHash`) was just verified, or
 * (undefined) whose passkey was; returns the token for the cookie, or undefined if that
 * password changed, or the account went, meanwhile.
 */
export async function startStaffSession(
  db: Db,
  email: string,
  checkedHash: string | undefined,
  now: Date,
): Promise<string | undefined> {
  const token = randomBytes(32).toString("base64url");
  const started = await insertStaffSessionIfCurrent(
    db,
    {
      token_hash: tokenHash(token),
      email,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + absoluteLimitMs).toISOString(),
    },
    checkedHash,
  );
  return started ? token : undefined;
}

/** The staff member a cookie's token belongs to (and their role), or undefined if unknown or expired. */
export async function staffForToken(
  db: Db,
  token: string | undefined,
  now: Date,
  touch: (hash: string) => Promise<void>,
): Promise<SignedInStaff | undefined> {
  if (!token || !/^[\w-]{43}$/.test(token)) return undefined;
  const hash = tokenHash(token);
  const session = await findStaffSession(db, hash);
  if (!session) return undefined;
  const idle = now.getTime() - Date.parse(session.last_seen_at);
  if (idle > idleLimitMs || now.getTime() >= Date.parse(session.expires_at)) {
    await deleteStaffSession(db, hash);
    return undefined;
  }
  if (idle > touchEveryMs) await touch(hash);
  return { email: session.email, role: session.role, signedInAt: session.created_at };
}

export async function endStaffSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteStaffSession(db, tokenHash(token));
}
