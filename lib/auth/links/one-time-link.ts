import "server-only";
// One-time links: an invitation (72 hours) or a password reset (30 minutes). The link carries a
// random token; the database keeps only its SHA-256, so a copy of the database opens nothing.
// Making a new link of a kind for an address withdraws the older ones: only the newest works.
import { randomBytes } from "node:crypto";
import { lockForTransaction, type Db, type StaffRole } from "@/lib/db";
import { tokenHash } from "../sessions";

export type LinkPurpose = "invite" | "reset";

export const linkLifetimeMs: Record<LinkPurpose, number> = {
  invite: 72 * 60 * 60_000,
  reset: 30 * 60_000,
};

/** The address a link opens: the token is the last segment, so nothing else needs escaping. */
export const linkPath: Record<LinkPurpose, (token: string) => string> = {
  invite: (token) => `/admin/invitation/${token}`,
  reset: (token) => `/admin/reset-password/${token}`,
};

type NewLink = { purpose: LinkPurpose; email: string; role?: StaffRole; createdBy?: string };

/** Makes a link and returns its token, withdrawing the address's older links of that kind. */
export async function makeOneTimeLink(db: Db, link: NewLink, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.transaction().execute(async (trx) => {
    // One at a time per address and kind, so two made at once cannot both stay open.
    await lockForTransaction(trx, `link:${link.purpose}:${link.email}`);
    await withdrawLinks(trx, link.email, [link.purpose], now);
    await trx
      .insertInto("staff_tokens")
      .values({
        token_hash: tokenHash(token),
        purpose: link.purpose,
        email: link.email,
        role: link.role ?? null,
        created_at: now.toISOString(),
        created_by: link.createdBy ?? null,
        expires_at: new Date(now.getTime() + linkLifetimeMs[link.purpose]).toISOString(),
        used_at: null,
        revoked_at: null,
      })
      .execute();
  });
  return token;
}

export type LinkState =
  | { state: "open"; email: string; role: StaffRole | null; hash: string }
  | { state: "used" | "expired" | "revoked" | "unknown" };

/** What a link's token opens now. `trx` may be a transaction that then uses it. */
export async function oneTimeLinkState(
  db: Db,
  token: string,
  purpose: LinkPurpose,
  now: Date,
): Promise<LinkState> {
  if (!/^[\w-]{43}$/.test(token)) return { state: "unknown" };
  const hash = tokenHash(token);
  const row = await db
    .selectFrom("staff_tokens")
    .selectAll()
    .where("token_hash", "=", hash)
    .where("purpose", "=", purpose)
    .executeTakeFirst();
  if (!row) return { state: "unknown" };
  if (row.used_at) return { state: "used" };
  if (row.revoked_at) return { state: "revoked" };
  if (now.getTime() >= Date.parse(row.expires_at)) return { state: "expired" };
  return { state: "open", email: row.email, role: row.role, hash };
}

/** Marks an open link used; false if it was used (or withdrawn) meanwhile. */
export async function markLinkUsed(db: Db, hash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("staff_tokens")
    .set({ used_at: now.toISOString() })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws the links still open (neither used nor withdrawn) that the caller narrows to. */
const withdrawOpenLinks = (db: Db, now: Date) =>
  db
    .updateTable("staff_tokens")
    .set({ revoked_at: now.toISOString() })
    .where("used_at", "is", null)
    .where("revoked_at", "is", null);

/** Withdraws an address's open links of these kinds (an invitation withdrawn, an account removed). */
export async function withdrawLinks(db: Db, email: string, purposes: LinkPurpose[], now: Date) {
  const result = await withdrawOpenLinks(db, now)
    .where("email", "=", email)
    .where("purpose", "in", purposes)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Withdraws the open links an owner made, when they stop being one (removed, or made staff):
 * a link they were shown must not outlast their power to make it.
 */
export async function withdrawLinksMadeBy(db: Db, owner: string, now: Date) {
  await withdrawOpenLinks(db, now).where("created_by", "=", owner).execute();
}

/** Invitations still waiting to be accepted. */
export function openInvitations(db: Db, now: Date) {
  return db
    .selectFrom("staff_tokens")
    .select(["email", "role", "created_at", "created_by", "expires_at"])
    .where("purpose", "=", "invite")
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .orderBy("created_at", "desc")
    .execute();
}

/** Links a month past their end are of no use even to the audit: forgotten. */
export async function forgetOldLinks(db: Db, now: Date) {
  const before = new Date(now.getTime() - 30 * 24 * 60 * 60_000).toISOString();
  await db.deleteFrom("staff_tokens").where("expires_at", "<", before).execute();
}
