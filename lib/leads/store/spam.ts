import "server-only";
// Submissions judged to be spam, kept apart for 30 days so staff can rescue a real one.
import type { Db } from "@/lib/db";
import { insertLeadWithJobs, renamedLeadId } from "./leads";
import type { Channel, LeadRow } from "@/lib/db";

export const spamPageSize = 50;
export const spamKeptDays = 30;

/** The submission as a lead row: everything but why it was judged spam. */
function withoutSpamReason(spam: LeadRow & { spam_reason: string }): LeadRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { spam_reason, ...row } = spam;
  return row;
}

export async function spamPage(db: Db, page: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("spam_leads")
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(spamPageSize)
      .offset((page - 1) * spamPageSize)
      .execute(),
    db
      .selectFrom("spam_leads")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * Moves a submission from spam into the leads and queues its notifications, in one
 * transaction. Returns the lead's id (derived if a lead already has the submission's id).
 */
export async function markNotSpam(
  db: Db,
  id: string,
  channels: readonly Channel[],
): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const spam = await trx
      .selectFrom("spam_leads")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!spam) return undefined;
    const row = withoutSpamReason(spam);
    let leadId = row.id;
    if (!(await insertLeadWithJobs(trx, row, channels))) {
      leadId = renamedLeadId(row);
      await insertLeadWithJobs(trx, { ...row, id: leadId }, channels);
    }
    await trx.deleteFrom("spam_leads").where("id", "=", id).execute();
    return leadId;
  });
}

/** Deletes spam older than the keeping period; any instance may run it. */
export async function forgetOldSpam(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - spamKeptDays * 86_400_000).toISOString();
  await db.deleteFrom("spam_leads").where("created_at", "<", before).execute();
}
