import "server-only";
// One lead as staff work it: its delivery record, status history and notes, and the changes
// staff make. Every change names the staff member who made it.
import type { Db } from "@/lib/db";
import type { LeadStatus } from "@/lib/db";

export async function leadDetail(db: Db, id: string) {
  const lead = await db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
  if (!lead) return undefined;
  const [jobs, history, notes] = await Promise.all([
    db
      .selectFrom("outbox")
      .select(["id", "channel", "attempts", "sent_at", "last_error", "next_attempt_at"])
      .where("lead_id", "=", id)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("lead_events")
      .selectAll()
      .where("lead_id", "=", id)
      .orderBy("id", "desc")
      .execute(),
    db
      .selectFrom("lead_notes")
      .selectAll()
      .where("lead_id", "=", id)
      .orderBy("id", "desc")
      .execute(),
  ]);
  return { lead, jobs, history, notes };
}

/** Sets a lead's status and records who did it; false if the lead is gone. */
export async function changeLeadStatus(
  db: Db,
  id: string,
  to: LeadStatus,
  staff: string,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const lead = await trx
      .selectFrom("leads")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirst();
    if (!lead) return false;
    if (lead.status === to) return true;
    await trx.updateTable("leads").set({ status: to }).where("id", "=", id).execute();
    await trx
      .insertInto("lead_events")
      .values({
        lead_id: id,
        at: now.toISOString(),
        staff_email: staff,
        from_status: lead.status,
        to_status: to,
      })
      .execute();
    return true;
  });
}

export async function addLeadNote(db: Db, id: string, body: string, staff: string, now: Date) {
  const lead = await db.selectFrom("leads").select("id").where("id", "=", id).executeTakeFirst();
  if (!lead) return false;
  await db
    .insertInto("lead_notes")
    .values({ lead_id: id, at: now.toISOString(), staff_email: staff, body })
    .execute();
  return true;
}

/**
 * Forgets a person who asked to be forgotten: the lead, its notes, history and outbox jobs.
 * What stays is one line with no personal data: which lead id, who deleted it, when.
 */
export async function deleteLeadForever(db: Db, id: string, staff: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("outbox").where("lead_id", "=", id).execute();
    await trx.deleteFrom("lead_notes").where("lead_id", "=", id).execute();
    await trx.deleteFrom("lead_events").where("lead_id", "=", id).execute();
    const result = await trx.deleteFrom("leads").where("id", "=", id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await trx
      .insertInto("lead_deletions")
      .values({ lead_id: id, at: now.toISOString(), staff_email: staff })
      .execute();
    return true;
  });
}

/** Makes a failed job due now; a job already delivered is left alone. */
export async function retryJobNow(db: Db, leadId: string, jobId: number, now: Date) {
  const result = await db
    .updateTable("outbox")
    .set({ next_attempt_at: now.toISOString() })
    .where("id", "=", jobId)
    .where("lead_id", "=", leadId)
    .where("sent_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
