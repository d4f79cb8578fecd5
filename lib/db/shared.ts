import "server-only";
// This process's database handle, opened and migrated on first use and kept on globalThis:
// Next loads the proxy, routes and pages as separate bundles, which must share one pool. When
// the database cannot be reached nothing is kept, so the next request tries again and the site
// recovers by itself once the database is back, without a restart.
import { getConfig, type Config } from "@/lib/config";
import { openDb, type Db } from "./database";
import { pingDb } from "./health";

/** The database given by the configuration: PostgreSQL when DATABASE_URL is set. */
export const dbLocation = (config: Config) => config.DATABASE_URL ?? config.LEADS_DB;

const dbKey = Symbol.for("altus.db");
type DbHolder = { [dbKey]?: Promise<Db> };

/** The database of this process; rejects while it cannot be reached. */
export function getDb(): Promise<Db> {
  const holder = globalThis as DbHolder;
  holder[dbKey] ??= openDb(dbLocation(getConfig())).catch((error: unknown) => {
    delete holder[dbKey];
    console.error(
      `db: the database is not available (${error instanceof Error ? error.message : "error"}); answering 503 until it is`,
    );
    throw error;
  });
  return holder[dbKey];
}

/** True when the database answers now. */
export async function dbIsHealthy(): Promise<boolean> {
  const db = await getDb().catch(() => undefined);
  return db ? pingDb(db) : false;
}
