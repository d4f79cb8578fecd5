import "server-only";
// This instance's intake: the form-token secret and the outbox worker over the shared database,
// made on first use and kept on globalThis (Next loads route and page bundles separately). When
// the database cannot be reached it is not kept, so the next request tries again: the site
// recovers by itself once the database is back, without a restart.
import { forgetClickVisitors } from "@/lib/campaigns/server";
import { randomUUID } from "node:crypto";
import { getConfig, type Config } from "@/lib/config";
import { getFormWords } from "@/lib/content";
import { forgetExpiredAuthState } from "@/lib/auth";
import { dbLocation, describeDb, getDb, sharedSecret, type Db } from "@/lib/db";
import { configuredChannels, queuedChannels, startOutboxWorker } from "../notify";
import { forgetOldFormTokenUses, forgetOldRateHits, forgetOldSpam } from "../store";
import { createContactHandler } from "./contact-handler";
import { createFormToken, renewedFormToken } from "./form-token";
import { unavailable } from "./responses";

type Intake = {
  db: Db;
  secret: string;
  minFillMs: number;
  handle: (request: Request) => Promise<Response>;
};

const intakeKey = Symbol.for("altus.leadIntake");
type IntakeHolder = { [intakeKey]?: Promise<Intake> };

async function createIntake(config: Config): Promise<Intake> {
  const location = dbLocation(config);
  const db = await getDb();
  const secret = config.FORM_TOKEN_SECRET ?? (await sharedSecret(db, "form_token_secret"));
  const channels = configuredChannels(config);
  const where = describeDb(location);
  const webhook = channels.has("webhook") ? "; each new lead is sent to LEADS_WEBHOOK_URL" : "";
  console.info(
    channels.has("mail")
      ? `leads: leads are stored in ${where} and mailed to staff${webhook}`
      : `leads: SMTP_URL is not set, so mail is off; leads are stored in ${where}${webhook}`,
  );
  const kick = startOutboxWorker(db, channels);
  setInterval(() => void housekeeping(db, new Date()).catch(() => undefined), 60_000).unref();
  const handle = createContactHandler({
    db,
    siteUrl: config.SITE_URL,
    minFillMs: config.LEADS_MIN_FILL_MS,
    trustProxy: config.TRUST_PROXY,
    secret,
    perMinute: config.LEADS_RATE_LIMIT,
    channels: queuedChannels(config),
    onNewLead: () => setImmediate(kick),
  });
  return { db, secret, minFillMs: config.LEADS_MIN_FILL_MS, handle };
}

/**
 * Forgets what is no longer needed: old rate-limit hits, uses of tokens past their day, spam
 * past 30 days, dead sessions, tracked-link visitor hashes past their hour and past days' salts.
 */
async function housekeeping(db: Db, now: Date) {
  await forgetOldRateHits(db, now);
  await forgetOldFormTokenUses(db, now);
  await forgetOldSpam(db, now);
  await forgetExpiredAuthState(db, now);
  await forgetClickVisitors(db, now);
}

/** The intake of this process; rejects while the database cannot be reached. */
export function getLeadIntake(): Promise<Intake> {
  const holder = globalThis as IntakeHolder;
  holder[intakeKey] ??= createIntake(getConfig()).catch((error: unknown) => {
    delete holder[intakeKey];
    console.error(
      `leads: the lead database is not available (${error instanceof Error ? error.message : "error"}); answering 503 until it is`,
    );
    throw error;
  });
  return holder[intakeKey];
}

/** POST /api/contact: the intake's answer, or 503 while the database cannot be reached. */
export async function handleContactPost(request: Request): Promise<Response> {
  const intake = await getLeadIntake().catch(() => undefined);
  return intake ? intake.handle(request) : unavailable(request, getFormWords().notSent);
}

/**
 * Hidden values each rendering of the form carries: its own submission id and a signed render
 * time. Undefined while the database cannot be reached, when a sent form could not be stored.
 */
export async function newFormSession(now = new Date()) {
  const intake = await getLeadIntake().catch(() => undefined);
  if (!intake) return undefined;
  return { submissionId: randomUUID(), formToken: createFormToken(intake.secret, now) };
}

/**
 * GET /api/contact/form-token?current=<token>: the token a form brought back into view should
 * carry, its own or a fresh one (see renewedFormToken). Each answer is for one form: never cached.
 */
export async function handleFormTokenRenewal(request: Request): Promise<Response> {
  const intake = await getLeadIntake().catch(() => undefined);
  if (!intake) return unavailable(request, getFormWords().notSent);
  const current = new URL(request.url).searchParams.get("current") ?? undefined;
  const formToken = renewedFormToken(current, intake.secret, new Date(), intake.minFillMs);
  return Response.json({ formToken }, { headers: { "cache-control": "no-store" } });
}
