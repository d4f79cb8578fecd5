import "server-only";
// Writes a lead and, for a real one, its notification job in one transaction: a lead that
// was answered with success is on disk, and its e-mail cannot be forgotten.
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { LeadDatabase, LeadDb, LeadRow } from "./db";
import type { Lead } from "./schema";

export type SaveResult = { id: string; stored: "new" | "duplicate" };

function toRow(lead: Lead, createdAt: Date): LeadRow {
  return {
    id: lead.submissionId,
    created_at: createdAt.toISOString(),
    name: lead.name,
    email: lead.email,
    phone: lead.phone ?? null,
    goals: JSON.stringify(lead.goals),
    training: lead.training ?? null,
    limitations: lead.limitations ?? null,
    contact_method: lead.contactMethod,
    message: lead.message ?? null,
    utm_source: lead.utmSource ?? null,
    utm_medium: lead.utmMedium ?? null,
    utm_campaign: lead.utmCampaign ?? null,
    utm_term: lead.utmTerm ?? null,
    utm_content: lead.utmContent ?? null,
    referrer: lead.referrer ?? null,
    landing_page: lead.landingPage ?? null,
  };
}

/** The enquiry itself: everything but the id and the time it arrived. */
const sameEnquiry = (a: LeadRow, b: LeadRow) =>
  (Object.keys(a) as (keyof LeadRow)[]).every(
    (key) => key === "id" || key === "created_at" || a[key] === b[key],
  );

async function insertWithOutbox(trx: Transaction<LeadDatabase>, row: LeadRow): Promise<boolean> {
  const inserted = await trx
    .insertInto("leads")
    .values(row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await trx
    .insertInto("outbox")
    .values({
      lead_id: row.id,
      created_at: row.created_at,
      attempts: 0,
      next_attempt_at: row.created_at,
    })
    .execute();
  return true;
}

/**
 * Stores a lead once per submission id: a repeat of the same enquiry (double click, retry)
 * changes nothing. A different enquiry under an id already used (the form brought back with
 * the Back button after a success) is a new lead and gets a new id: it is never dropped.
 */
export async function saveLead(db: LeadDb, lead: Lead, now: Date): Promise<SaveResult> {
  const row = toRow(lead, now);
  return db.transaction().execute(async (trx) => {
    if (await insertWithOutbox(trx, row)) return { id: row.id, stored: "new" };
    // Earlier rows that could hold this enquiry: the one under its id, and any stored under a
    // new id because this id was taken (a retry of a renamed enquiry).
    const earlier = await trx
      .selectFrom("leads")
      .selectAll()
      .where((where) => where.or([where("id", "=", row.id), where("email", "=", row.email)]))
      .execute();
    const same = earlier.find((candidate) => sameEnquiry(candidate, row));
    if (same) return { id: same.id, stored: "duplicate" };
    const renamed = { ...row, id: randomUUID() };
    await insertWithOutbox(trx, renamed);
    return { id: renamed.id, stored: "new" };
  });
}

/** Stores a submission judged to be spam, apart from real leads; it is never mailed. */
export async function saveSpam(
  db: LeadDb,
  lead: Lead,
  reason: string,
  now: Date,
): Promise<SaveResult> {
  const result = await db
    .insertInto("spam_leads")
    .values({ ...toRow(lead, now), spam_reason: reason })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  return {
    id: lead.submissionId,
    stored: Number(result.numInsertedOrUpdatedRows ?? 0) === 0 ? "duplicate" : "new",
  };
}

export async function listLeads(db: LeadDb): Promise<LeadRow[]> {
  return db.selectFrom("leads").selectAll().orderBy("created_at").orderBy("id").execute();
}
