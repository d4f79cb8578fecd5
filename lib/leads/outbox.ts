import "server-only";
// Sends the staff e-mail for each stored lead. Jobs are claimed before sending so two
// workers never mail the same lead; failures are retried with backoff and never touch the lead.
import nodemailer, { type Transporter } from "nodemailer";
import type { LeadDb } from "./db";
import { composeLeadMail } from "./mail";

export type MailSettings = { smtpUrl: string; to: string; from: string };
export type OutboxRun = { sent: number; failed: number };

const claimMs = 120_000;
const maxBackoffMs = 60 * 60_000;

/** 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), maxBackoffMs);
}

export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/** Sends every due notification once; returns how many went out and how many must be retried. */
export async function processOutbox(
  db: LeadDb,
  mail: MailSettings,
  transport: Transporter,
  now: Date,
): Promise<OutboxRun> {
  const due = await db
    .selectFrom("outbox")
    .innerJoin("leads", "leads.id", "outbox.lead_id")
    .selectAll("leads")
    .select(["outbox.id as job_id", "outbox.attempts"])
    .where("outbox.sent_at", "is", null)
    .where("outbox.next_attempt_at", "<=", now.toISOString())
    .where((where) =>
      where.or([
        where("outbox.claimed_until", "is", null),
        where("outbox.claimed_until", "<", now.toISOString()),
      ]),
    )
    .orderBy("outbox.id")
    .limit(50)
    .execute();

  const run: OutboxRun = { sent: 0, failed: 0 };
  for (const job of due) {
    const claimed = await db
      .updateTable("outbox")
      .set({ claimed_until: new Date(now.getTime() + claimMs).toISOString() })
      .where("id", "=", job.job_id)
      .where((where) =>
        where.or([
          where("claimed_until", "is", null),
          where("claimed_until", "<", now.toISOString()),
        ]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;

    const message = composeLeadMail(job);
    try {
      await transport.sendMail({ from: mail.from, to: mail.to, ...message });
      await db
        .updateTable("outbox")
        .set({
          sent_at: new Date().toISOString(),
          attempts: job.attempts + 1,
          claimed_until: null,
          last_error: null,
        })
        .where("id", "=", job.job_id)
        .execute();
      run.sent += 1;
      console.info(`leads: notification sent for lead ${job.id}`);
    } catch (error) {
      const attempts = job.attempts + 1;
      await db
        .updateTable("outbox")
        .set({
          attempts,
          claimed_until: null,
          next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
          last_error: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        })
        .where("id", "=", job.job_id)
        .execute();
      run.failed += 1;
      console.warn(
        `leads: notification for lead ${job.id} failed (attempt ${attempts}); will retry`,
      );
    }
  }
  return run;
}
