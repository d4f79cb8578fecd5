import "server-only";
// The team as owners manage it: who has an account, in which role, and the rule that keeps the
// team manageable: there is always an owner. Every change that could take the last one away
// runs under one lock, so two owners demoting each other at once cannot both succeed.
import { lockForTransaction, type Db, type StaffRole } from "@/lib/db";
import { withdrawLinks, withdrawLinksMadeBy } from "../links/one-time-link";

export type TeamMember = {
  email: string;
  role: StaffRole;
  created_at: string;
  last_sign_in_at: string | null;
  passkeys: number;
};

export async function listTeam(db: Db): Promise<TeamMember[]> {
  const rows = await db
    .selectFrom("staff_users")
    .leftJoin("staff_passkeys", "staff_passkeys.email", "staff_users.email")
    .select((eb) => [
      "staff_users.email",
      "staff_users.role",
      "staff_users.created_at",
      "staff_users.last_sign_in_at",
      eb.fn.count("staff_passkeys.credential_id").as("passkeys"),
    ])
    .groupBy([
      "staff_users.email",
      "staff_users.role",
      "staff_users.created_at",
      "staff_users.last_sign_in_at",
    ])
    .orderBy("staff_users.email")
    .execute();
  return rows.map((row) => ({ ...row, passkeys: Number(row.passkeys) }));
}

export async function staffRole(db: Db, email: string): Promise<StaffRole | undefined> {
  const row = await db
    .selectFrom("staff_users")
    .select("role")
    .where("email", "=", email)
    .executeTakeFirst();
  return row?.role;
}

export type TeamChange = "done" | "no-account" | "last-owner" | "unchanged";

async function ownerCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("staff_users")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Gives an account a role; the last owner cannot become staff. */
export function changeStaffRole(
  db: Db,
  email: string,
  role: StaffRole,
  now = new Date(),
): Promise<TeamChange> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, "staff-team");
    const current = await staffRole(trx, email);
    if (!current) return "no-account";
    if (current === role) return "unchanged";
    if (current === "owner" && (await ownerCount(trx)) <= 1) return "last-owner";
    await trx.updateTable("staff_users").set({ role }).where("email", "=", email).execute();
    if (current === "owner") await withdrawLinksMadeBy(trx, email, now);
    return "done";
  });
}

/**
 * Removes an account with everything that let it in: sessions, passkeys and open links all go
 * in the same transaction, so it is signed out everywhere at once. The last owner stays.
 */
export function removeTeamMember(
  db: Db,
  email: string,
  now: Date,
  { keepAnOwner = true } = {},
): Promise<TeamChange> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, "staff-team");
    await lockForTransaction(trx, `staff:${email}`);
    const current = await staffRole(trx, email);
    if (!current) return "no-account";
    if (keepAnOwner && current === "owner" && (await ownerCount(trx)) <= 1) return "last-owner";
    await trx.deleteFrom("staff_sessions").where("email", "=", email).execute();
    await trx.deleteFrom("staff_passkeys").where("email", "=", email).execute();
    await withdrawLinks(trx, email, ["invite", "reset"], now);
    await withdrawLinksMadeBy(trx, email, now);
    await trx.deleteFrom("staff_users").where("email", "=", email).execute();
    return "done";
  });
}
