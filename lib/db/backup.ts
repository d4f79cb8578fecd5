import "server-only";
// A consistent copy of the live SQLite lead database, taken with SQLite's online backup while
// the site keeps writing (WAL lets readers and the writer run side by side). PostgreSQL has
// its own tool for this, pg_dump.
import { closeSync, openSync, rmSync } from "node:fs";
import SQLite from "better-sqlite3";

export class BackupError extends Error {
  override name = "BackupError";
}

export async function backupSqliteDb(source: string, target: string): Promise<number> {
  // Creating the target exclusively refuses an existing file, with no window for a race.
  try {
    closeSync(openSync(target, "wx"));
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    throw new BackupError(
      code === "EEXIST"
        ? `${target} already exists; choose a new file name (a backup never overwrites one)`
        : `cannot create ${target}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(source, { readonly: true, fileMustExist: true });
    // All pages in one step: one read snapshot, so posts arriving meanwhile never restart it.
    const { totalPages } = await db.backup(target, { progress: () => Number.MAX_SAFE_INTEGER });
    return totalPages;
  } catch (error) {
    rmSync(target, { force: true });
    throw new BackupError(
      `the backup failed and ${target} was removed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    db?.close();
  }
}
