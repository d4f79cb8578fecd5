import "server-only";
// What `npm run db:copy` is asked to do, checked before anything is opened: a SQLite file to
// copy from (LEADS_DB) and a PostgreSQL database to copy into (DATABASE_URL).
import { statSync } from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "./database";

/** Input the person running the command must put right; nothing was opened or written. */
export class CopyInputError extends Error {
  override name = "CopyInputError";
}

export type CopyLocations = { source: string; target: string };

const example = "postgres://altus:password@db.example:5432/altus";

/** The source file and target URL from the environment. The URL is never echoed: it holds a password. */
export function copyLocations(env: Record<string, string | undefined>): CopyLocations {
  const source = env.LEADS_DB?.trim();
  const target = env.DATABASE_URL?.trim();
  if (!source) {
    throw new CopyInputError(
      "set LEADS_DB to the SQLite file to copy from (the site's default is .data/leads.db)",
    );
  }
  if (!target) {
    throw new CopyInputError(
      `set DATABASE_URL to the PostgreSQL database to copy into, e.g. ${example}`,
    );
  }
  if (source === target || path.resolve(source) === path.resolve(target)) {
    throw new CopyInputError(
      "LEADS_DB and DATABASE_URL name the same database; LEADS_DB is the SQLite file to copy from, DATABASE_URL the PostgreSQL database to copy into",
    );
  }
  if (isPostgresUrl(source)) {
    throw new CopyInputError(
      "LEADS_DB is a PostgreSQL address; it must be the SQLite file to copy from (db:copy moves SQLite to PostgreSQL only)",
    );
  }
  if (!isPostgresUrl(target) || !URL.canParse(target)) {
    throw new CopyInputError(`DATABASE_URL must be a PostgreSQL address such as ${example}`);
  }
  const file = statSync(source, { throwIfNoEntry: false });
  if (!file) throw new CopyInputError(`there is no SQLite file at ${source} (LEADS_DB)`);
  if (!file.isFile()) throw new CopyInputError(`${source} (LEADS_DB) is not a file`);
  return { source, target };
}
