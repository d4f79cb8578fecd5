// npm run leads:backup -- backups/leads-2026-11-26.db — a consistent copy of the live SQLite
// lead database, safe while the site runs. With DATABASE_URL (PostgreSQL) use pg_dump instead.
import "./load-env";
import { existsSync } from "node:fs";
import { getConfig } from "@/lib/config";
import { backupSqliteDb } from "@/lib/db";

const target = process.argv[2];
const config = getConfig();

function fail(message: string): never {
  console.error(`leads:backup: ${message}`);
  process.exit(1);
}

if (!target) fail("name the file to write, e.g. npm run leads:backup -- backups/leads.db");
if (config.DATABASE_URL) {
  fail(
    'leads are in PostgreSQL (DATABASE_URL); back them up with pg_dump, e.g. pg_dump --format=custom --file=leads.dump "$DATABASE_URL"',
  );
}
if (!existsSync(config.LEADS_DB)) fail(`there is no lead database at ${config.LEADS_DB} yet`);

try {
  const pages = await backupSqliteDb(config.LEADS_DB, target);
  console.log(`leads:backup: copied ${config.LEADS_DB} to ${target} (${pages} pages)`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
