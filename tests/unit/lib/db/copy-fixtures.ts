// An inbox with something in every table, made by the site's own store code, and a way to read
// any table back from either database in a form both can be compared in.
import { changeTarget, createTrackedLink, recordClick } from "@/lib/campaigns/server";
import Database from "better-sqlite3";
import pg from "pg";
import { validLead } from "./fixtures";
import { addStaffAccount, checkSignIn, hashPassword, startStaffSession } from "@/lib/auth";
import { recordAudit } from "@/lib/auth/audit";
import { makeOneTimeLink } from "@/lib/auth/links";
import { isPostgresUrl, leadStatuses, sharedSecret, type Db } from "@/lib/db";
import { validateLead } from "@/tests/fixtures/lead-words";
import {
  addLeadNote,
  changeLeadStatus,
  claimNextJob,
  deleteLeadForever,
  markJobFailed,
  markJobSent,
  recordFormTokenUse,
  saveLead,
  saveSpam,
  takeRateHit,
} from "@/lib/leads/server";

export const staffPassword = "correct horse battery staple";
const staff = "ana@altus.example";
const minutes = (n: number) => new Date(Date.UTC(2026, 10, 20, 9, n, 0, 123));

function lead(overrides: Record<string, unknown>) {
  const result = validateLead(validLead(overrides));
  if (!result.ok) throw new Error("the fixture lead is invalid");
  return result.lead;
}

/**
 * A lead in every status with its history and notes, spam, delivered, failed, claimed and
 * pending jobs, a lead deleted on request, a staff account with a session and a failed
 * sign-in, a rate-limit hit, a form token's use, the shared secrets, and a tracked link with a
 * click and a change of destination.
 */
export async function fillEveryTable(db: Db): Promise<void> {
  const ids: string[] = [];
  for (const [index, status] of leadStatuses.entries()) {
    const saved = await saveLead(
      db,
      lead({
        name: `Prospect ${status}`,
        email: `${status}@example.com`,
        phone: index % 2 ? undefined : "+44 20 7946 0000",
        utmSource: index === 1 ? "newsletter" : undefined,
        utmCampaign: index === 1 ? "spring" : undefined,
        trackedLink: index === 1 ? "spring-flyer" : undefined,
        message: `Café ☕ "quotes", 'apostrophes'\nand a second line (${status})`,
      }),
      minutes(index),
      index === 0 ? ["mail", "webhook"] : ["mail"],
    );
    ids.push(saved.id);
    if (status !== "new")
      await changeLeadStatus(db, saved.id, "contacted", staff, minutes(10 + index));
    if (status !== "new" && status !== "contacted") {
      await changeLeadStatus(db, saved.id, status, staff, minutes(20 + index));
    }
    await addLeadNote(
      db,
      saved.id,
      `Note on ${status}: called, left a message.`,
      staff,
      minutes(30 + index),
    );
  }
  const sent = await claimNextJob(db, "mail", minutes(40), minutes(41));
  if (sent) await markJobSent(db, sent, minutes(40));
  const failed = await claimNextJob(db, "mail", minutes(42), minutes(43));
  if (failed) await markJobFailed(db, failed, "SMTP said 421: try again later", minutes(50));
  // Claimed by a worker that has not finished: its claim token and expiry travel too.
  await claimNextJob(db, "webhook", minutes(44), minutes(45));

  await saveSpam(
    db,
    lead({ name: "Bot", email: "bot@example.com" }),
    "hidden field filled",
    minutes(5),
  );

  // Deleted last, so SQLite has handed out job, note and history ids above those that remain.
  const forgotten = await saveLead(
    db,
    lead({ name: "Forget Me", email: "forget@example.com" }),
    minutes(6),
  );
  await changeLeadStatus(db, forgotten.id, "contacted", staff, minutes(46));
  await addLeadNote(db, forgotten.id, "Asked to be forgotten.", staff, minutes(47));
  await deleteLeadForever(db, forgotten.id, staff, minutes(48));

  const hash = await hashPassword(staffPassword);
  await addStaffAccount(db, staff, hash, minutes(0));
  await startStaffSession(db, staff, hash, minutes(55));
  await checkSignIn(
    db,
    { email: staff, password: "wrong password", address: "203.0.113.9" },
    minutes(56),
  );
  await takeRateHit(db, { kind: "lead-posts", client: "203.0.113.7" }, 10, minutes(57));
  await recordFormTokenUse(db, "a-form-token", ids[0] ?? "", minutes(58));
  await sharedSecret(db, "form_token_secret");

  // A tracked link clicked (also QR-scanned) and re-pointed: salt and visitor hash included.
  const utm = { source: "flyer", medium: "print", campaign: "spring" };
  await createTrackedLink(db, { code: "spring-flyer", target: "/", utm, staff, now: minutes(1) });
  const visitor = { address: "203.0.113.8", userAgent: "Mozilla/5.0" };
  await recordClick(db, { code: "spring-flyer", target: "/", visitor, qr: true, now: minutes(2) });
  await changeTarget(db, { code: "spring-flyer", target: "/contact", staff, now: minutes(3) });

  // The team: an invitation waiting, the record of it, a forgotten-password request, a passkey
  // and a passkey challenge in flight.
  await makeOneTimeLink(
    db,
    { purpose: "invite", email: "bo@altus.example", role: "staff", createdBy: staff },
    minutes(4),
  );
  await recordAudit(
    db,
    { event: "invitation-sent", account: "bo@altus.example", actor: staff },
    minutes(4),
  );
  await db
    .insertInto("password_reset_requests")
    .values({ id: "reset-1", key: "account:abc", at: minutes(5).toISOString() })
    .execute();
  await db
    .insertInto("staff_passkeys")
    .values({
      credential_id: "cred-1",
      email: staff,
      name: "Laptop",
      public_key: "pQECAyYgASFYIA",
      counter: 3,
      transports: "internal,hybrid",
      created_at: minutes(6).toISOString(),
      last_used_at: null,
    })
    .execute();
  await db
    .insertInto("passkey_challenges")
    .values({
      challenge: "challenge-1",
      purpose: "sign-in",
      email: null,
      expires_at: minutes(7).toISOString(),
    })
    .execute();
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null;

const normalised = (value: unknown) =>
  typeof value === "bigint"
    ? Number(value)
    : Buffer.isBuffer(value)
      ? value.toString("hex")
      : value;

/** Every row of a table, values normalised and rows sorted, so both databases compare equal. */
export async function everyRow(location: string, table: string): Promise<Row[]> {
  let rows: Row[];
  if (isPostgresUrl(location)) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      rows = (await client.query<Row>(`select * from "${table}"`)).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(location, { readonly: true });
    try {
      rows = db.prepare(`select * from "${table}"`).all().filter(isRow);
    } finally {
      db.close();
    }
  }
  return rows
    .map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalised(value)])),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The tables a migrated SQLite lead database has, bar SQLite's and Kysely's own. */
export function sqliteTables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite%' and name not like 'kysely%' order by name",
      )
      .pluck()
      .all()
      .map(String);
  } finally {
    db.close();
  }
}
