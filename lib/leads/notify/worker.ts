import "server-only";
// Delivers queued jobs of one channel. A job is claimed before it is sent, and the claim is
// renewed while the send goes on, so each job is delivered once however many workers run and
// however slow the receiver is; a worker that dies stops renewing, and its job is free again
// within `claimMs`. Failures are recorded and retried with backoff, and never touch the lead.
import {
  claimNextJob,
  markJobFailed,
  markJobSent,
  renewClaim,
  type Channel,
  type ClaimedJob,
} from "../store";
import type { Db } from "@/lib/db";
import type { Deliver } from "./deliveries";

export type OutboxRun = { sent: number; failed: number };

export const claimMs = 120_000;
// A send still going after this is given up on (SMTP timeouts are per step, not per send).
export const sendDeadlineMs = 5 * 60_000;
const maxBackoffMs = 60 * 60_000;
export const jobsPerRun = 50;

/** 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), maxBackoffMs);
}

const reasonOf = (error: unknown) =>
  error instanceof Error
    ? [error.message, error.cause instanceof Error ? error.cause.message : ""]
        .filter(Boolean)
        .join(": ")
    : "unknown error";

/** How long a claim lasts unless renewed, and how long a send may take at most. */
type Timing = { claimForMs: number; deadlineMs: number };

/** Runs the delivery while keeping the claim alive, up to the deadline. */
async function deliverHoldingClaim(
  db: Db,
  job: ClaimedJob,
  deliver: Deliver,
  clock: () => Date,
  { claimForMs, deadlineMs }: Timing,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const renewal = setInterval(() => {
    void renewClaim(db, job, new Date(clock().getTime() + claimForMs)).catch(() => undefined);
  }, claimForMs / 4);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${deadlineMs / 1000} s; gave up`)),
      deadlineMs,
    );
  });
  try {
    await Promise.race([deliver(job.lead), deadline]);
  } finally {
    clearInterval(renewal);
    clearTimeout(timer);
  }
}

/** Delivers every due job of one channel once; returns how many went out and how many failed. */
export async function processOutbox(
  db: Db,
  channel: Channel,
  deliver: Deliver,
  now: Date,
  { claimForMs = claimMs, deadlineMs = sendDeadlineMs }: Partial<Timing> = {},
): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, failed: 0 };
  // `now` may be a test's simulated time; claims still follow the real time a run takes.
  const started = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  while (run.sent + run.failed < jobsPerRun) {
    const at = clock();
    const job = await claimNextJob(db, channel, at, new Date(at.getTime() + claimForMs));
    if (!job) break;
    let failure: string | undefined;
    try {
      await deliverHoldingClaim(db, job, deliver, clock, { claimForMs, deadlineMs });
    } catch (error) {
      failure = reasonOf(error);
    }
    if (failure === undefined) {
      run.sent += 1;
      // Delivered: if recording it fails now, the job is sent again later (at least once).
      await markJobSent(db, job, clock()).catch(() =>
        console.warn(`leads: ${channel} delivered for lead ${job.lead.id}, but not recorded`),
      );
      console.info(`leads: ${channel} delivered for lead ${job.lead.id}`);
    } else {
      const attempts = job.attempts + 1;
      const retryAt = new Date(clock().getTime() + retryDelayMs(attempts));
      await markJobFailed(db, job, failure, retryAt);
      run.failed += 1;
      console.warn(
        `leads: ${channel} for lead ${job.lead.id} failed (attempt ${attempts}); will retry`,
      );
    }
  }
  return run;
}
