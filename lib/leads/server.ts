import "server-only";
// Server-side public face of lib/leads: one database, rate limiter and mail worker per
// process (kept on globalThis because Next loads route and page bundles separately).
import { randomUUID } from "node:crypto";
import { getConfig, type Config } from "@/lib/config";
import { createContactHandler } from "./contact-handler";
import { openLeadDb, type LeadDb } from "./db";
import { createFormToken, formTokenSecret } from "./form-token";
import { createTransport, processOutbox } from "./outbox";
import { RateLimiter } from "./rate-limit";

export { createContactHandler, bodyLimitBytes } from "./contact-handler";
export { openLeadDb, type LeadDb, type LeadRow } from "./db";
export { leadsToCsv, csvCell } from "./csv";
export { composeLeadMail } from "./mail";
export { processOutbox, retryDelayMs, createTransport } from "./outbox";
export { createFormToken, checkFormToken } from "./form-token";
export { RateLimiter } from "./rate-limit";
export { listLeads, saveLead } from "./store";
export { peerAddressHeader } from "./client-address";

type Intake = { db: LeadDb; handle: (request: Request) => Promise<Response>; kick: () => void };

const intakeKey = Symbol.for("altus.leadIntake");
type IntakeHolder = { [intakeKey]?: Promise<Intake> };

const outboxIntervalMs = 15_000;

function startMailWorker(db: LeadDb, config: Config): () => void {
  const smtpUrl = config.SMTP_URL;
  const to = config.LEADS_NOTIFY_TO;
  if (!smtpUrl || !to) {
    console.info(
      `leads: SMTP_URL is not set, so mail is off; leads are stored in ${config.LEADS_DB}`,
    );
    return () => undefined;
  }
  const transport = createTransport(smtpUrl);
  let running: Promise<unknown> | undefined;
  let again = false;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = processOutbox(
      db,
      { smtpUrl, to, from: config.LEADS_NOTIFY_FROM },
      transport,
      new Date(),
    )
      .catch((error: unknown) =>
        console.error(`leads: mail worker error: ${error instanceof Error ? error.name : "error"}`),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  setInterval(tick, outboxIntervalMs).unref();
  tick();
  return tick;
}

async function createIntake(config: Config): Promise<Intake> {
  const db = await openLeadDb(config.LEADS_DB);
  const kick = startMailWorker(db, config);
  const handle = createContactHandler({
    db,
    siteUrl: config.SITE_URL,
    minFillMs: config.LEADS_MIN_FILL_MS,
    trustProxy: config.TRUST_PROXY,
    secret: formTokenSecret(config.FORM_TOKEN_SECRET),
    limiter: new RateLimiter(config.LEADS_RATE_LIMIT),
    onNewLead: () => setImmediate(kick),
  });
  return { db, handle, kick };
}

/** The intake of this process, created on first use. */
export function getLeadIntake(): Promise<Intake> {
  const holder = globalThis as IntakeHolder;
  holder[intakeKey] ??= createIntake(getConfig()).catch((error: unknown) => {
    delete holder[intakeKey];
    throw error;
  });
  return holder[intakeKey];
}

/** Hidden values each rendering of the form carries: its own submission id and a signed render time. */
export function newFormSession(now = new Date()) {
  const config = getConfig();
  return {
    submissionId: randomUUID(),
    formToken: createFormToken(formTokenSecret(config.FORM_TOKEN_SECRET), now),
  };
}
