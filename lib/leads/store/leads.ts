import "server-only";
// Writes a lead and, for a real one, its notification job in one transaction: a lead that
// was answered with success is on disk, and its e-mail cannot be forgotten.
import { couldBeTrackedLink } from "@/lib/campaigns/tracked-link-parameter";
import { createHash, randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Lead } from "../schema";
import type { Db } from "@/lib/db";
import { queueJobs } from "./outbox";
import type { Channel, DbTables, LeadRow, StoredLead } from "@/lib/db";

/** "taken": the id holds another enquiry, and the caller asked not to keep it under a new id. */
export type SaveResult = { id: string; stored: "new" | "duplicate" | "taken" };

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
    // Only a value that can be a tracked link's code: a hand-made post cannot name anything else.
    tracked_link:
      lead.trackedLink && couldBeTrackedLink(lead.trackedLink) ? lead.trackedLink : null,
  };
}

/** Goals are kept as a JSON array of option values. */
export function storedGoals(goals: string): string[] {
  const parsed: unknown = JSON.parse(goals);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * The enquiry itself: every field the prospect sent, but not the id, the time it arrived or
 * what staff added since (its status), so a retry still matches a lead staff have worked on.
 */
const sameEnquiry = (stored: LeadRow, sent: LeadRow) =>
  (Object.keys(sent) as (keyof LeadRow)[]).every(
    (key) => key === "id" || key === "created_at" || stored[key] === sent[key],
  );

/** Inserts the lead and its jobs; false (and nothing written) if its id is taken. */
export async function insertLeadWithJobs(
  trx: Transaction<DbTables>,
  row: LeadRow,
  channels: readonly Channel[],
): Promise<boolean> {
  const inserted = await trx
    .insertInto("leads")
    .values(row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await queueJobs(trx, row.id, channels, row.created_at);
  return true;
}

/**
 * The id for a different enquiry sent under a submission id already taken: derived from the id
 * and the enquiry, so a retry of that enquiry lands on the same row. Shaped as a UUID
 * (version 8, "custom") so it fits wherever a submission id does.
 */
export function renamedLeadId(row: LeadRow): string {
  const hex = createHash("sha256")
    .update(JSON.stringify({ ...row, created_at: undefined }))
    .digest("hex");
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Stores a lead once per submission id: a repeat of the same enquiry (double click, retry)
 * changes nothing. A different enquiry under an id already used (the form brought back with
 * the Back button after a success) is a new lead under a derived id, never dropped; unless
 * `renameTaken` is false (its form token was checked, and one token is one enquiry), when it is
 * "taken" and the caller keeps it as spam. Decided inside the transaction, so posts racing
 * under one id cannot all pass as new.
 */
export async function saveLead(
  db: Db,
  lead: Lead,
  now: Date,
  channels: readonly Channel[] = ["mail"],
  { renameTaken = true }: { renameTaken?: boolean } = {},
): Promise<SaveResult> {
  return db.transaction().execute((trx) =>
    keepOnce(
      toRow(lead, now),
      (row) => insertLeadWithJobs(trx, row, channels),
      (id) => trx.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
      renameTaken,
    ),
  );
}

/**
 * Stores a submission judged to be spam, apart from real leads; it is never mailed. Like a
 * lead, a repeat is stored once and another submission under a used id gets a derived id, so
 * staff can still judge every one of them.
 */
export async function saveSpam(db: Db, lead: Lead, reason: string, now: Date): Promise<SaveResult> {
  return db.transaction().execute((trx) =>
    keepOnce(
      toRow(lead, now),
      async (row) => {
        const inserted = await trx
          .insertInto("spam_leads")
          .values({ ...row, spam_reason: reason })
          .onConflict((conflict) => conflict.column("id").doNothing())
          .executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      (id) =>
        trx.selectFrom("spam_leads").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
    ),
  );
}

/**
 * Keeps `row` once: under its own id, or, when that id holds another enquiry, under the id
 * derived from this one; a repeat of either changes nothing. `insert` is false (and writes
 * nothing) when the id is taken; `stored` reads what holds it.
 */
async function keepOnce(
  row: LeadRow,
  insert: (row: LeadRow) => Promise<boolean>,
  stored: (id: string) => Promise<LeadRow>,
  renameTaken = true,
): Promise<SaveResult> {
  for (const candidate of [row, { ...row, id: renamedLeadId(row) }]) {
    if (await insert(candidate)) return { id: candidate.id, stored: "new" };
    if (sameEnquiry(await stored(candidate.id), candidate))
      return { id: candidate.id, stored: "duplicate" };
    if (!renameTaken) return { id: row.id, stored: "taken" };
  }
  // Only a hash collision gets here; even then the enquiry is kept.
  const fresh = { ...row, id: randomUUID() };
  await insert(fresh);
  return { id: fresh.id, stored: "new" };
}

export async function listLeads(db: Db): Promise<StoredLead[]> {
  return db.selectFrom("leads").selectAll().orderBy("created_at").orderBy("id").execute();
}
