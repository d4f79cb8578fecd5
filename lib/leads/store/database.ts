import "server-only";
// The lead database: SQLite through Kysely, so the same typed queries can later run on
// PostgreSQL. WAL with synchronous=FULL: a committed lead survives a crash or power loss.
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, type Generated, type Migration } from "kysely";
import { migrations } from "./migrations";

type LeadRow = {
  id: string;
  created_at: string;
  name: string;
  email: string;
  phone: string | null;
  goals: string;
  training: string | null;
  limitations: string | null;
  contact_method: string;
  message: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  referrer: string | null;
  landing_page: string | null;
};

export type LeadDatabase = {
  leads: LeadRow;
  spam_leads: LeadRow & { spam_reason: string };
  outbox: {
    id: Generated<number>;
    lead_id: string;
    created_at: string;
    attempts: number;
    next_attempt_at: string;
    claimed_until: string | null;
    sent_at: string | null;
    last_error: string | null;
  };
};

export type LeadDb = Kysely<LeadDatabase>;
export type { LeadRow };

/** Opens (creating if needed) the database file and brings its schema up to date. */
export async function openLeadDb(file: string): Promise<LeadDb> {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<LeadDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  const provider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`Could not prepare the lead database at ${file}: ${String(error)}`);
  }
  return db;
}
