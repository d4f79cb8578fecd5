// npm run db:copy — moves the lead database from the SQLite file at LEADS_DB into the PostgreSQL
// database at DATABASE_URL (empty, or migrated and empty): every table, in one transaction.
// Exit codes: 0 copied; 1 refused or failed, nothing written; 2 bad input, nothing opened.
import "./load-env";
import { copyLocations, copySqliteToPostgres, CopyInputError, CopyRefused } from "@/lib/db";

function messageOf(error: unknown): string {
  // A refused connection to "localhost" (IPv4 and IPv6) is an AggregateError without a message.
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(messageOf).join("; ");
  }
  return error instanceof Error ? error.message || error.name : String(error);
}

function fail(message: string, code: 1 | 2): never {
  console.error(`db:copy: ${message}`);
  process.exit(code);
}

let locations;
try {
  locations = copyLocations(process.env);
} catch (error) {
  fail(messageOf(error), error instanceof CopyInputError ? 2 : 1);
}

try {
  const copied = await copySqliteToPostgres(locations);
  const width = Math.max(...copied.map(({ table }) => table.length));
  console.log(
    `db:copy: copied ${locations.source} into PostgreSQL (DATABASE_URL) in one transaction:`,
  );
  for (const { table, rows } of copied) console.log(`  ${table.padEnd(width)}  ${rows}`);
} catch (error) {
  if (error instanceof CopyInputError) fail(messageOf(error), 2);
  if (error instanceof CopyRefused) fail(messageOf(error), 1);
  fail(
    `the copy failed, so nothing was copied (it is one transaction); fix the cause and run db:copy again (${messageOf(error)})`,
    1,
  );
}
