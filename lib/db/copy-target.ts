import "server-only";
// The PostgreSQL side of db:copy, all inside the copy's one transaction: the tables taken,
// checked empty, filled with rows as they are, then their auto-numbering moved past them.
import { sql, type Kysely } from "kysely";
import { bookkeepingTables } from "./copy-source";

/** The copy's transaction, or any connection to the target. */
export type Target = Pick<Kysely<unknown>, "getExecutor">;

export type TargetColumn = { name: string; type: string; autoNumbered: boolean };

export async function targetTables(trx: Target): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(trx);
  return rows.map((row) => row.table_name).filter((name) => !bookkeepingTables.includes(name));
}

export async function targetColumns(trx: Target, table: string): Promise<TargetColumn[]> {
  const { rows } = await sql<{
    column_name: string;
    data_type: string;
    column_default: string | null;
    is_identity: string;
  }>`
    select column_name, data_type, column_default, is_identity from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(trx);
  return rows.map((row) => ({
    name: row.column_name,
    type: row.data_type,
    autoNumbered: row.is_identity === "YES" || /^nextval\(/.test(row.column_default ?? ""),
  }));
}

/**
 * Blocks writes to the tables until the copy commits (reads go on), so no instance started on
 * the target early can slip a row in between the emptiness check and the copy.
 */
export async function lockTables(trx: Target, tables: readonly string[]): Promise<void> {
  await sql`lock table ${sql.join(tables.map((table) => sql.table(table)))} in exclusive mode`.execute(
    trx,
  );
}

/** The tables that already hold rows, with how many. */
export async function tablesWithRows(
  trx: Target,
  tables: readonly string[],
): Promise<{ table: string; rows: number }[]> {
  const counts = [];
  for (const table of tables) {
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from ${sql.table(table)}`.execute(trx);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) counts.push({ table, rows: n });
  }
  return counts;
}

export async function insertRows(
  trx: Target,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    values ${sql.join(rows.map((row) => sql`(${sql.join(row)})`))}`.execute(trx);
}

/**
 * Moves a SERIAL (or identity) column's sequence past the copied ids and past `highWater`, the
 * highest id SQLite ever handed out, so a row added later never collides with a copied one.
 */
export async function resetAutoNumber(
  trx: Target,
  table: string,
  column: string,
  highWater: number,
): Promise<void> {
  await sql`
    with used as (
      select greatest(coalesce(max(${sql.ref(column)}), 0), ${highWater}::bigint) as n
      from ${sql.table(table)}
    )
    select setval(pg_get_serial_sequence(quote_ident(${table}), ${column}), greatest(n, 1), n > 0)
    from used`.execute(trx);
}
