import "server-only";
// The SQLite side of db:copy: the lead database opened read-only and read as one snapshot, so
// the copy is consistent even if the site is still writing (what it writes afterwards stays
// behind in the file).
import SQLite from "better-sqlite3";
import { CopyInputError } from "./copy-input";
import { migrations } from "./migrations";

/** What better-sqlite3 reads from a column. */
export type SqliteValue = string | number | bigint | Buffer | null;

const isSqliteValue = (value: unknown): value is SqliteValue =>
  value === null ||
  typeof value === "string" ||
  typeof value === "number" ||
  typeof value === "bigint" ||
  Buffer.isBuffer(value);

/**
 * Kysely's migration bookkeeping: the target keeps its own, written when it is migrated by the
 * same migrations. Every other table is copied, whatever its name, so a table added later is
 * never left behind.
 */
export const bookkeepingTables: readonly string[] = ["kysely_migration", "kysely_migration_lock"];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SqliteSource {
  private constructor(
    private readonly db: SQLite.Database,
    readonly file: string,
  ) {}

  /** Opens the file read-only; refuses one that is not a lead database of this site's version. */
  static open(file: string): SqliteSource {
    let db: SQLite.Database | undefined;
    try {
      db = new SQLite(file, { readonly: true, fileMustExist: true });
      const source = new SqliteSource(db, file);
      source.checkMigrations();
      return source;
    } catch (error) {
      db?.close();
      if (error instanceof CopyInputError) throw error;
      throw new CopyInputError(`${file} (LEADS_DB) cannot be read as SQLite: ${messageOf(error)}`);
    }
  }

  private strings(query: string, ...values: string[]): string[] {
    return this.db
      .prepare(query)
      .pluck()
      .all(...values)
      .map(String);
  }

  private checkMigrations() {
    const tables = this.strings("select name from sqlite_master where type = 'table'");
    if (!tables.includes("kysely_migration") || !tables.includes("leads")) {
      throw new CopyInputError(`${this.file} (LEADS_DB) is a SQLite file, but not a lead database`);
    }
    const applied = this.strings("select name from kysely_migration order by name");
    const known = Object.keys(migrations);
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new CopyInputError(
        `${this.file} was written by a newer version of the site (migration ${unknown.join(", ")}); run db:copy from that version`,
      );
    }
    if (known.some((name) => !applied.includes(name))) {
      throw new CopyInputError(
        `${this.file} was last opened by an older version of the site; bring it up to date first: DATABASE_URL= LEADS_DB=${this.file} npm run db:migrate`,
      );
    }
  }

  /**
   * Every table but Kysely's bookkeeping and SQLite's own, in the order they were created,
   * moved so that a table comes after the tables its foreign keys point to.
   */
  tables(): string[] {
    const names = this.strings(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by rowid",
    ).filter((name) => !bookkeepingTables.includes(name));
    const ordered: string[] = [];
    const pending = [...names];
    while (pending.length > 0) {
      const index = pending.findIndex((table) =>
        this.referencedTables(table).every(
          (parent) => parent === table || ordered.includes(parent),
        ),
      );
      if (index === -1)
        throw new Error(`the tables ${pending.join(", ")} refer to each other in a loop`);
      ordered.push(...pending.splice(index, 1));
    }
    return ordered;
  }

  private referencedTables(table: string): string[] {
    return this.strings('select "table" from pragma_foreign_key_list(?)', table);
  }

  columns(table: string): string[] {
    return this.strings("select name from pragma_table_info(?) order by cid", table);
  }

  /** Starts the read snapshot that every later read sees. */
  beginSnapshot(): void {
    this.db.exec("begin");
    // A read transaction takes its snapshot at its first read.
    this.db.prepare("select count(*) from sqlite_master").get();
  }

  /** The rows of a table, `size` at a time, values in the order of columns(table). */
  *batches(table: string, size: number): Generator<SqliteValue[][]> {
    const columns = this.columns(table).map(quoteIdentifier).join(", ");
    const statement = this.db
      .prepare(`select ${columns} from ${quoteIdentifier(table)} order by rowid`)
      .raw(true);
    let batch: SqliteValue[][] = [];
    for (const row of statement.iterate()) {
      if (!Array.isArray(row) || !row.every(isSqliteValue)) {
        throw new Error(`a row of ${table} holds a value SQLite should not return`);
      }
      batch.push(row);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /**
   * The highest number each AUTOINCREMENT key ever handed out, kept by SQLite even after the
   * row is deleted (a forgotten lead's jobs and notes), so PostgreSQL never hands it out again.
   */
  autoNumberHighWater(): Map<string, number> {
    const hasSequences = this.strings(
      "select name from sqlite_master where type = 'table' and name = 'sqlite_sequence'",
    );
    if (hasSequences.length === 0) return new Map();
    const rows = this.db.prepare("select name, seq from sqlite_sequence").raw(true).all();
    return new Map(
      rows.flatMap((row) =>
        Array.isArray(row) && typeof row[0] === "string" ? [[row[0], Number(row[1])]] : [],
      ),
    );
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec("commit");
    this.db.close();
  }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
