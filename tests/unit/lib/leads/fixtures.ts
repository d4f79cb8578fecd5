import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { openLeadDb, type LeadDb } from "@/lib/leads/server";

const opened: { db: LeadDb; dir: string }[] = [];

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A real SQLite lead database in a fresh temporary folder, removed after the test. */
export async function tempLeadDb(): Promise<{ db: LeadDb; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "altus-leads-"));
  const file = path.join(dir, "leads.db");
  const db = await openLeadDb(file);
  opened.push({ db, dir });
  return { db, file };
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
