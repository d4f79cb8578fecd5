// npm run db:migrate — brings the configured lead database (DATABASE_URL, else the SQLite file
// at LEADS_DB) up to date. The server does the same when it starts; this is for deploy scripts
// that want the schema ready before any instance takes traffic.
import "./load-env";
import { getConfig } from "@/lib/config";
import { dbLocation, describeDb, migrateDb, openDb } from "@/lib/db";

const location = dbLocation(getConfig());
try {
  const db = await openDb(location, { migrate: false });
  try {
    const applied = await migrateDb(db);
    console.log(
      `db:migrate: ${describeDb(location)} is up to date${applied.length ? `; applied ${applied.join(", ")}` : "; nothing to apply"}.`,
    );
  } finally {
    await db.destroy();
  }
} catch (error) {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
