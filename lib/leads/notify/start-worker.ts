import "server-only";
// Runs the outbox worker of this instance: every 15 s, and right after a new lead is stored.
// Every instance runs one; claims keep them from delivering a job twice.
import type { Config } from "@/lib/config";
import type { Channel, LeadDb } from "../store";
import { createTransport, mailDelivery, webhookDelivery, type Deliver } from "./deliveries";
import { jobsPerRun, processOutbox } from "./worker";

const intervalMs = 15_000;

/** The channels this configuration delivers to, in the order their jobs are queued. */
export function configuredChannels(config: Config): Map<Channel, Deliver> {
  const channels = new Map<Channel, Deliver>();
  if (config.SMTP_URL && config.LEADS_NOTIFY_TO) {
    const mail = {
      smtpUrl: config.SMTP_URL,
      to: config.LEADS_NOTIFY_TO,
      from: config.LEADS_NOTIFY_FROM,
    };
    channels.set("mail", mailDelivery(mail, createTransport(mail.smtpUrl)));
  }
  if (config.LEADS_WEBHOOK_URL && config.LEADS_WEBHOOK_SECRET) {
    channels.set(
      "webhook",
      webhookDelivery({ url: config.LEADS_WEBHOOK_URL, secret: config.LEADS_WEBHOOK_SECRET }),
    );
  }
  return channels;
}

/** Starts the worker; returns a function that asks it to run now (it never runs twice at once). */
export function startOutboxWorker(db: LeadDb, channels: Map<Channel, Deliver>): () => void {
  if (channels.size === 0) return () => undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    // Channels run side by side, so a webhook that times out never holds back the e-mail.
    running = Promise.all(
      [...channels].map(async ([channel, deliver]) => {
        try {
          const run = await processOutbox(db, channel, deliver, new Date());
          // A full batch may have left more behind: go again rather than wait for the timer.
          if (run.sent + run.failed >= jobsPerRun) again = true;
        } catch (error) {
          console.error(
            `leads: ${channel} worker could not reach the database (${error instanceof Error ? error.name : "error"}); will retry`,
          );
        }
      }),
    ).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        tick();
      }
    });
  };
  setInterval(tick, intervalMs).unref();
  tick();
  return tick;
}
