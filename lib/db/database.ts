import "server-only";
// The lead database: SQLite by default, PostgreSQL when DATABASE_URL names one. Both run the
// same typed Kysely queries and the same migrations, applied when the database is opened.
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from "kysely";
import { markPostgres, migrationAttempts } from "./dialect";
import { migrations } from "./migrations";
import { createPostgresPool } from "./postgres-pool";
import type { DbTables } from "./tables";

export type Db = Kysely<DbTables>;

/** A postgres:// URL opens PostgreSQL; anything else is the path of a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

// WAL with synchronous=FULL: a committed lead survives a crash or power loss.
function sqliteDialect(file: string) {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return new SqliteDialect({ database: sqlite });
}

function postgresDialect(url: string) {
  return new PostgresDialect({ pool: createPostgresPool(url) });
}

/** Where leads are kept, as the log may say it: never the URL, which holds a password. */
export const describeDb = (location: string) =>
  isPostgresUrl(location) ? "PostgreSQL (DATABASE_URL)" : location;

/**
 * Opens the database (creating a SQLite file if needed) and, unless told not to, brings its
 * schema up to date.
 */
export async function openDb(
  location: string,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Db> {
  const dialect = isPostgresUrl(location) ? postgresDialect(location) : sqliteDialect(location);
  const db = new Kysely<DbTables>({ dialect });
  if (dialect instanceof PostgresDialect) markPostgres(db);
  try {
    if (migrate) await migrateDb(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * Applies pending migrations. Safe when several instances start at once: Kysely takes a
 * PostgreSQL advisory lock around the run, and SQLite's write lock serialises it.
 */
export async function migrateDb(db: Db): Promise<string[]> {
  const provider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };
  for (let attempt = 1; ; attempt += 1) {
    const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
    if (!error) {
      return results
        .filter((result) => result.status === "Success")
        .map((result) => result.migrationName);
    }
    if (attempt >= migrationAttempts(db)) {
      throw new Error(
        `Could not prepare the lead database: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}
