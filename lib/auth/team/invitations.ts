import "server-only";
// Invitations: an owner names an address and a role; the person opens the one-time link within
// 72 hours, chooses a password and is signed in. The account exists only from that moment.
import { lockForTransaction, type Db, type StaffRole } from "@/lib/db";
import { recordAudit } from "../audit";
import { makeOneTimeLink, markLinkUsed, oneTimeLinkState, withdrawLinks } from "../links";
import type { LinkState } from "../links";
import { staffRole } from "./team-store";

export type Invitation = { email: string; role: StaffRole; owner: string };

/** A new invitation's token, or "has-account" when the address already has one. */
export async function inviteTeamMember(
  db: Db,
  invitation: Invitation,
  now: Date,
): Promise<{ token: string } | "has-account"> {
  if (await staffRole(db, invitation.email)) return "has-account";
  const { email, role, owner } = invitation;
  const token = await makeOneTimeLink(
    db,
    { purpose: "invite", email, role, createdBy: owner },
    now,
  );
  await recordAudit(
    db,
    { event: "invitation-sent", account: email, actor: owner, detail: role },
    now,
  );
  return { token };
}

export async function withdrawInvitation(db: Db, email: string, owner: string, now: Date) {
  if ((await withdrawLinks(db, email, ["invite"], now)) === 0) return false;
  await recordAudit(db, { event: "invitation-revoked", account: email, actor: owner }, now);
  return true;
}

export type Acceptance =
  | { accepted: true; email: string }
  | { accepted: false; state: Exclude<LinkState["state"], "open"> | "has-account" };

/**
 * Creates the invited account with the password hash chosen, if the link is still open. The
 * link is marked used in the same transaction, so two tabs submitting at once make one account.
 */
export function acceptInvitation(
  db: Db,
  token: string,
  passwordHash: string,
  now: Date,
): Promise<Acceptance> {
  return db.transaction().execute(async (trx) => {
    // Locked before reading, as lockForTransaction asks (SQLite takes its write lock here).
    await lockForTransaction(trx, "staff-team");
    const link = await oneTimeLinkState(trx, token, "invite", now);
    if (link.state !== "open") return { accepted: false, state: link.state };
    await lockForTransaction(trx, `staff:${link.email}`);
    if (await staffRole(trx, link.email)) return { accepted: false, state: "has-account" };
    if (!(await markLinkUsed(trx, link.hash, now))) return { accepted: false, state: "used" };
    await trx
      .insertInto("staff_users")
      .values({
        email: link.email,
        password_hash: passwordHash,
        created_at: now.toISOString(),
        role: link.role ?? "staff",
      })
      .execute();
    await recordAudit(
      trx,
      { event: "invitation-accepted", account: link.email, detail: link.role ?? "staff" },
      now,
    );
    return { accepted: true, email: link.email };
  });
}
