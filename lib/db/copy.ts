import "server-only";
// Moves a lead database from SQLite to PostgreSQL (npm run db:copy): every table, ids and times
// exactly as they are, in one transaction. The target is migrated first; a target that already
// holds rows is refused; a failure anywhere leaves it as it was, so the copy can simply be run
// again once the cause is fixed.
import type { CopyLocations } from "./copy-input";
import { SqliteSource } from "./copy-source";
import { converterFor, CopyValueError, type Convert } from "./copy-values";
import {
  insertRows,
  lockTables,
  resetAutoNumber,
  tablesWithRows,
  targetColumns,
  targetTables,
  type Target,
} from "./copy-target";
import { openDb } from "./database";

/** The target holds data already; nothing was written. */
export class CopyRefused extends Error {
  override name = "CopyRefused";
}

export type CopiedTable = { table: string; rows: number };

type TablePlan = {
  table: string;
  columns: string[];
  converters: Convert[];
  autoNumbered: string[];
};

// Well under PostgreSQL's 65,535 parameters per statement for the widest table (18 columns).
const batchSize = 500;

/**
 * Copies every table of the SQLite file `source` into the PostgreSQL database `target`.
 * `onTableCopied` hears of each table as it is done, before the transaction commits.
 */
export async function copySqliteToPostgres(
  { source, target }: CopyLocations,
  { onTableCopied }: { onTableCopied?: (copied: CopiedTable) => void | Promise<void> } = {},
): Promise<CopiedTable[]> {
  const sqlite = SqliteSource.open(source);
  try {
    const db = await openDb(target);
    try {
      return await db.transaction().execute(async (trx) => {
        const tables = sqlite.tables();
        const plans = await Promise.all(tables.map((table) => planTable(trx, sqlite, table)));
        await checkSameTables(trx, tables);
        await lockTables(trx, tables);
        await refuseUnlessEmpty(trx, tables);
        sqlite.beginSnapshot();
        const highWater = sqlite.autoNumberHighWater();
        const copied: CopiedTable[] = [];
        for (const plan of plans) {
          const rows = await copyTable(trx, sqlite, plan);
          for (const column of plan.autoNumbered) {
            await resetAutoNumber(trx, plan.table, column, highWater.get(plan.table) ?? 0);
          }
          copied.push({ table: plan.table, rows });
          await onTableCopied?.({ table: plan.table, rows });
        }
        return copied;
      });
    } finally {
      await db.destroy();
    }
  } finally {
    sqlite.close();
  }
}

/** Matches a source table's columns with the target's, each with its conversion. */
async function planTable(trx: Target, sqlite: SqliteSource, table: string): Promise<TablePlan> {
  const columns = sqlite.columns(table);
  const target = await targetColumns(trx, table);
  const converters = columns.map((name) => {
    const column = target.find((candidate) => candidate.name === name);
    if (!column) throw new Error(`the target's ${table} table has no column ${name}`);
    const convert = converterFor(column.type);
    if (!convert) {
      throw new Error(
        `${table}.${name} is of type ${column.type}, which db:copy cannot convert yet (lib/db/copy-values.ts)`,
      );
    }
    return convert;
  });
  const missing = target.filter((column) => !columns.includes(column.name));
  if (missing.length > 0) {
    throw new Error(`the source's ${table} table lacks ${missing.map((c) => c.name).join(", ")}`);
  }
  const autoNumbered = target.filter((column) => column.autoNumbered).map((column) => column.name);
  return { table, columns, converters, autoNumbered };
}

async function checkSameTables(trx: Target, tables: string[]) {
  const extra = (await targetTables(trx)).filter((table) => !tables.includes(table));
  if (extra.length > 0) {
    throw new Error(`the target has tables the source lacks (${extra.join(", ")})`);
  }
}

async function refuseUnlessEmpty(trx: Target, tables: string[]) {
  const filled = await tablesWithRows(trx, tables);
  if (filled.length === 0) return;
  const held = filled.map(({ table, rows }) => `${table}: ${rows}`).join(", ");
  throw new CopyRefused(
    `the PostgreSQL database (DATABASE_URL) already holds data (${held}), so nothing was copied. ` +
      "db:copy fills an empty database only: point DATABASE_URL at a new one (e.g. createdb altus_leads), " +
      "or drop this one's tables if nothing in it is needed. If an earlier db:copy finished, the leads are there already.",
  );
}

async function copyTable(
  trx: Target,
  sqlite: SqliteSource,
  { table, columns, converters }: TablePlan,
): Promise<number> {
  let count = 0;
  for (const batch of sqlite.batches(table, batchSize)) {
    const rows = batch.map((row, index) =>
      row.map((value, column) => {
        try {
          return converters[column]?.(value) ?? null;
        } catch (error) {
          if (!(error instanceof CopyValueError)) throw error;
          // Named by position and column only: values are personal data.
          throw new Error(
            `row ${count + index + 1} of ${table}, column ${columns[column]}, ${error.message}; PostgreSQL cannot store it`,
          );
        }
      }),
    );
    await insertRows(trx, table, columns, rows);
    count += batch.length;
  }
  return count;
}
