import "server-only";
// Delivers queued jobs, one channel at a time, on every instance. A job is claimed before it
// is sent, so each is delivered once however many workers run; a failure is recorded and
// retried with backoff, and never touches the lead.
import { claimNextJob, markJobFailed, markJobSent, type Channel, type LeadDb } from "../store";
import type { Deliver } from "./deliveries";

export type OutboxRun = { sent: number; failed: number };

// Longer than any send can take (see sendTimeoutMs); a dead worker's job is free again after it.
export const claimMs = 120_000;
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

/** Delivers every due job of one channel once; returns how many went out and how many failed. */
export async function processOutbox(
  db: LeadDb,
  channel: Channel,
  deliver: Deliver,
  now: Date,
): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, failed: 0 };
  // `now` may be a test's simulated time; claims still follow the real time a run takes.
  const started = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  while (run.sent + run.failed < jobsPerRun) {
    const at = clock();
    const job = await claimNextJob(db, channel, at, new Date(at.getTime() + claimMs));
    if (!job) break;
    try {
      await deliver(job.lead);
      await markJobSent(db, job, clock());
      run.sent += 1;
      console.info(`leads: ${channel} delivered for lead ${job.lead.id}`);
    } catch (error) {
      const attempts = job.attempts + 1;
      await markJobFailed(
        db,
        job,
        reasonOf(error),
        new Date(clock().getTime() + retryDelayMs(attempts)),
      );
      run.failed += 1;
      console.warn(
        `leads: ${channel} for lead ${job.lead.id} failed (attempt ${attempts}); will retry`,
      );
    }
  }
  return run;
}
