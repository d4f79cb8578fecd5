import "server-only";
// The few places where SQLite and PostgreSQL need different SQL, kept here so that no query
// elsewhere asks which database it runs on. Dates are ISO-8601 UTC text on both (they sort
// as text), and upserts use ON CONFLICT, which both speak, so neither needs a branch.
import {
  PostgresAdapter,
  sql,
  type ColumnDefinitionBuilder,
  type Kysely,
  type SelectQueryBuilder,
} from "kysely";
import type { DbTables } from "./tables";

/** Any Kysely instance or transaction, whatever its tables. */
type Database = Pick<Kysely<unknown>, "getExecutor">;

// Next bundles its proxy, routes and pages separately, each with its own copy of Kysely, while
// they share one database (see intake/process-intake.ts): an `instanceof PostgresAdapter` made
// in one bundle is false for an adapter made in another. So openDb marks its PostgreSQL
// adapters in a process-wide registry instead.
const registry = Symbol.for("altus.postgresAdapters");
type RegistryHolder = { [registry]?: WeakSet<object> };

export function markPostgres(db: Database): void {
  const holder = globalThis as RegistryHolder;
  (holder[registry] ??= new WeakSet()).add(db.getExecutor().adapter);
}

export function isPostgres(db: Database): boolean {
  const adapter = db.getExecutor().adapter;
  return (
    adapter instanceof PostgresAdapter ||
    ((globalThis as RegistryHolder)[registry]?.has(adapter) ?? false)
  );
}

/** An auto-numbered primary key: SERIAL on PostgreSQL, INTEGER AUTOINCREMENT on SQLite. */
export function autoNumberedKey(db: Database) {
  return isPostgres(db)
    ? { type: "serial" as const, column: (column: ColumnDefinitionBuilder) => column.primaryKey() }
    : {
        type: "integer" as const,
        column: (column: ColumnDefinitionBuilder) => column.primaryKey().autoIncrement(),
      };
}

/**
 * Rows a worker is about to claim. On PostgreSQL the rows are locked and rows another worker
 * has locked are skipped (FOR UPDATE SKIP LOCKED), so two workers never take the same job and
 * never wait for each other. SQLite has one writer at a time: the UPDATE that uses this
 * subquery runs alone, which gives the same guarantee.
 */
export function lockedForClaim<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate().skipLocked() : query;
}

/**
 * Serialises transactions that use the same key until they end. PostgreSQL takes an advisory
 * lock. SQLite has one writer at a time, so a transaction takes the write lock before it reads
 * (an empty write does it): two that read first would deadlock when both then write.
 */
export async function lockForTransaction(trx: Kysely<DbTables>, key: string): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
  else await sql`delete from settings where 0`.execute(trx);
}

/**
 * Kysely locks migrations on PostgreSQL, but not on SQLite, where a second process starting at
 * the same moment finds the tables half made; once the first is done, a retry finds nothing to do.
 */
export const migrationAttempts = (db: Database) => (isPostgres(db) ? 1 : 5);
