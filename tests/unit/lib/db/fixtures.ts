import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import {
  createRandomDatabase,
  databaseUrl,
  dropDatabases,
} from "../../../../scripts/postgres-databases";
import { openDb, type Db } from "@/lib/db";

/** Every store test runs on both: the embedded default and a real PostgreSQL server. */
export const databases = ["sqlite", "postgres"] as const;
export type DatabaseKind = (typeof databases)[number];

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fresh, empty PostgreSQL database on the test server, dropped after the test. */
export async function tempPostgresUrl(): Promise<string> {
  const admin = inject("postgresUrl");
  const name = await createRandomDatabase(admin);
  cleanups.push(() => dropDatabases(admin, [name]));
  return databaseUrl(Number(new URL(admin).port), name);
}

/** A SQLite file in a fresh temporary folder, removed after the test. */
export function tempSqliteFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "altus-leads-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "leads.db");
}

/** A real, migrated, empty lead database of the given kind, closed and removed after the test. */
export async function tempLeadDb(
  kind: DatabaseKind = "sqlite",
): Promise<{ db: Db; location: string }> {
  const location = kind === "postgres" ? await tempPostgresUrl() : tempSqliteFile();
  const db = await openDb(location);
  // Closed before its folder or database is removed.
  cleanups.unshift(() => db.destroy());
  return { db, location };
}

/** A complete, valid JSON submission as the form sends it. */
export function validLead(overrides: Record<string, unknown> = {}) {
  return {
    name: "Jordan Rivera",
    email: "jordan@example.com",
    phone: "+1 555 010 0199",
    goals: ["strength", "health"],
    training: "Gym twice a week",
    limitations: "Old knee injury",
    contactMethod: "email",
    message: "I want to get stronger without hurting my knee.",
    consent: true,
    submissionId: randomUUID(),
    ...overrides,
  };
}
