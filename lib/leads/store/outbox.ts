import "server-only";
// The outbox: one job per lead and channel, queued in the lead's own transaction, then claimed
// by whichever instance's worker gets there first. A claim expires, so a job whose worker died
// mid-send is taken again once its claim runs out.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Db } from "@/lib/db";
import { lockedForClaim } from "@/lib/db";
import type { Channel, DbTables, LeadRow } from "@/lib/db";

/** A job this worker holds: `token` names its claim, which only this worker can renew or end. */
export type ClaimedJob = { id: number; attempts: number; token: string; lead: LeadRow };

export async function queueJobs(
  db: Kysely<DbTables>,
  leadId: string,
  channels: readonly Channel[],
  createdAt: string,
): Promise<void> {
  if (channels.length === 0) return;
  await db
    .insertInto("outbox")
    .values(
      channels.map((channel) => ({
        lead_id: leadId,
        channel,
        created_at: createdAt,
        attempts: 0,
        next_attempt_at: createdAt,
      })),
    )
    .execute();
}

/** Claims the oldest due job of a channel until `claimUntil`, or returns undefined. */
export async function claimNextJob(
  db: Db,
  channel: Channel,
  now: Date,
  claimUntil: Date,
): Promise<ClaimedJob | undefined> {
  const at = now.toISOString();
  const due = db
    .selectFrom("outbox")
    .select("id")
    .where("channel", "=", channel)
    .where("sent_at", "is", null)
    .where("next_attempt_at", "<=", at)
    .where((where) =>
      where.or([where("claimed_until", "is", null), where("claimed_until", "<", at)]),
    )
    .orderBy("id")
    .limit(1);
  const job = await db
    .updateTable("outbox")
    .set({ claimed_until: claimUntil.toISOString(), claim_token: randomUUID() })
    .where("id", "in", lockedForClaim(db, due))
    .returning(["id", "attempts", "lead_id", "claim_token"])
    .executeTakeFirst();
  if (!job) return undefined;
  const lead = await db
    .selectFrom("leads")
    .selectAll()
    .where("id", "=", job.lead_id)
    .executeTakeFirst();
  // A lead deleted on request takes its jobs with it; a job without one has nothing to send.
  if (!lead) {
    await db.deleteFrom("outbox").where("id", "=", job.id).execute();
    return undefined;
  }
  return { id: job.id, attempts: job.attempts, token: job.claim_token ?? "", lead };
}

/** Extends this worker's claim while a slow send goes on; false when the claim was lost. */
export async function renewClaim(db: Db, job: ClaimedJob, claimUntil: Date): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ claimed_until: claimUntil.toISOString() })
    .where("id", "=", job.id)
    .where("claim_token", "=", job.token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markJobSent(db: Db, job: ClaimedJob, sentAt: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      sent_at: sentAt.toISOString(),
      attempts: job.attempts + 1,
      claimed_until: null,
      claim_token: null,
      last_error: null,
    })
    .where("id", "=", job.id)
    .where("claim_token", "=", job.token)
    .execute();
}

export async function markJobFailed(
  db: Db,
  job: ClaimedJob,
  error: string,
  nextAttemptAt: Date,
): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      attempts: job.attempts + 1,
      claimed_until: null,
      claim_token: null,
      next_attempt_at: nextAttemptAt.toISOString(),
      last_error: error.slice(0, 500),
    })
    .where("id", "=", job.id)
    .where("claim_token", "=", job.token)
    .execute();
}
