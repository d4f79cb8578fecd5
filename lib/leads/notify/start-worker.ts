import "server-only";
// Runs this instance's outbox workers: every 15 s, and right after a new lead is stored.
// Every instance runs them; claims keep them from delivering a job twice.
import type { Config } from "@/lib/config";
import type { Db } from "@/lib/db";
import type { Channel } from "../store";
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

/** The jobs each new real lead gets: always staff mail (sent once SMTP is set), and the webhook when configured. */
export const queuedChannels = (config: Config): Channel[] =>
  config.LEADS_WEBHOOK_URL && config.LEADS_WEBHOOK_SECRET ? ["mail", "webhook"] : ["mail"];

/**
 * Runs one worker per channel, each never twice at once, so a webhook that times out never
 * holds back the e-mail. Returns a function that asks them all to run now.
 */
export function startOutboxWorker(db: Db, channels: Map<Channel, Deliver>): () => void {
  const kicks = [...channels].map(([channel, deliver]) => channelWorker(db, channel, deliver));
  return () => kicks.forEach((kick) => kick());
}

function channelWorker(db: Db, channel: Channel, deliver: Deliver): () => void {
  let running = false;
  let again = false;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    processOutbox(db, channel, deliver, new Date())
      .then((run) => {
        // A full batch may have left more behind: go again rather than wait for the timer.
        if (run.sent + run.failed >= jobsPerRun) again = true;
      })
      .catch((error: unknown) =>
        console.error(
          `leads: ${channel} worker could not reach the database (${error instanceof Error ? error.name : "error"}); will retry`,
        ),
      )
      .finally(() => {
        running = false;
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
