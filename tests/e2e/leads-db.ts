import Database from "better-sqlite3";

/** The lead database of the server the browser tests run against. */
export const e2eLeadsDb = ".data/e2e/leads.db";

/** Reads stored rows directly, as staff tools would: what the prospect got is what is on disk. */
export function storedLead(email: string, file = e2eLeadsDb) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select * from leads where email = ?").get(email) as
      Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}
