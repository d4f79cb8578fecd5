import "server-only";
// The account record owners read: who signed in, was locked out, invited, promoted, removed,
// reset a password or changed a passkey. Never a password, a token or anything about a lead.
import type { Db } from "@/lib/db";

export const auditEvents = {
  "sign-in": "Signed in",
  "account-added": "Account added on the server",
  lockout: "Sign-ins locked after repeated failures",
  "invitation-sent": "Invitation made",
  "invitation-revoked": "Invitation withdrawn",
  "invitation-accepted": "Invitation accepted; account created",
  "role-changed": "Role changed",
  "account-removed": "Account removed",
  "reset-link-made": "Password reset link made",
  "password-reset": "Password reset",
  "passkey-added": "Passkey added",
  "passkey-removed": "Passkey removed",
} as const;
export type AuditEvent = keyof typeof auditEvents;

export type AuditEntry = {
  event: AuditEvent;
  /** The account it happened to (or was tried on). */
  account?: string | null;
  /** Who did it, when someone other than the account did. */
  actor?: string | null;
  /** The client address, for sign-ins and lockouts. */
  address?: string | null;
  /** A short fact: a role change ("staff → owner"), a passkey's name, "passkey". */
  detail?: string | null;
};

export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  await db
    .insertInto("staff_audit")
    .values({
      at: now.toISOString(),
      event: entry.event,
      account: entry.account ?? null,
      actor: entry.actor ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? null,
    })
    .execute();
}

export const auditPageSize = 50;

export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

/** The newest entries first, a page at a time (`before`: the last id of the previous page). */
export function listAudit(db: Db, before?: number) {
  let query = db.selectFrom("staff_audit").selectAll().orderBy("id", "desc").limit(auditPageSize);
  if (before !== undefined) query = query.where("id", "<", before);
  return query.execute();
}
