import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { validateLead } from "@/tests/fixtures/lead-words";
import { claimMs, claimNextJob, processOutbox, saveLead, takeRateHit } from "@/lib/leads/server";
import { databases, tempLeadDb, tempSqliteFile, validLead } from "../db/fixtures";
import { backupSqliteDb, openDb, sharedSecret, type Db } from "@/lib/db";

// A second instance is a second connection pool on the same database, as two `next start`
// processes would have.
const others: Db[] = [];
afterEach(async () => {
  for (const db of others.splice(0)) await db.destroy();
});
async function secondInstance(location: string) {
  const db = await openDb(location);
  others.push(db);
  return db;
}

async function storeLeads(db: Db, count: number) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const result = validateLead(validLead({ name: `Prospect ${index}` }));
    if (!result.ok) throw new Error("fixture lead is invalid");
    ids.push((await saveLead(db, result.lead, new Date())).id);
  }
  return ids;
}

describe.each(databases)("lead store shared by several instances (%s)", (kind) => {
  it("delivers each job once while two instances' workers run at the same time", async () => {
    const { db, location } = await tempLeadDb(kind);
    const other = await secondInstance(location);
    const ids = await storeLeads(db, 30);
    const delivered: string[] = [];
    const deliver = async (lead: { id: string }) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      delivered.push(lead.id);
    };
    const runs = await Promise.all([
      processOutbox(db, "mail", deliver, new Date()),
      processOutbox(other, "mail", deliver, new Date()),
      processOutbox(db, "mail", deliver, new Date()),
    ]);
    expect(delivered.toSorted()).toEqual(ids.toSorted());
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(30);
  });

  it("takes a job again once the claim of a worker that died runs out (under 5 minutes)", async () => {
    const { db } = await tempLeadDb(kind);
    await storeLeads(db, 1);
    const start = new Date();
    // A worker claims the job and dies before recording anything.
    expect(
      await claimNextJob(db, "mail", start, new Date(start.getTime() + claimMs)),
    ).toBeDefined();
    const deliver = async () => undefined;
    expect(await processOutbox(db, "mail", deliver, new Date(start.getTime() + 1_000))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(claimMs).toBeLessThan(5 * 60_000);
    const later = new Date(start.getTime() + claimMs + 1_000);
    expect(await processOutbox(db, "mail", deliver, later)).toEqual({ sent: 1, failed: 0 });
  });

  it("generates the form-token secret once, and every instance reads the same one", async () => {
    const { db, location } = await tempLeadDb(kind);
    const other = await secondInstance(location);
    const secrets = await Promise.all([
      sharedSecret(db, "form_token_secret"),
      sharedSecret(other, "form_token_secret"),
      sharedSecret(db, "form_token_secret"),
    ]);
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toMatch(/^[\w-]{43}$/);
    expect(await sharedSecret(await secondInstance(location), "form_token_secret")).toBe(
      secrets[0],
    );
  });

  it("counts a client's posts across instances and never lets the limit be passed", async () => {
    const { db, location } = await tempLeadDb(kind);
    // SQLite serves one instance: its synchronous driver would wait on itself with two
    // connections in one process, where two processes simply take turns.
    const other = kind === "postgres" ? await secondInstance(location) : db;
    const now = new Date("2026-11-26T10:00:00Z");
    const decisions = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        takeRateHit(index % 2 ? other : db, { kind: "lead-posts", client: "198.51.100.7" }, 4, now),
      ),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(4);
    expect(
      (await takeRateHit(db, { kind: "lead-posts", client: "198.51.100.8" }, 4, now)).allowed,
    ).toBe(true);
    const refused = await takeRateHit(
      other,
      { kind: "lead-posts", client: "198.51.100.7" },
      4,
      new Date(now.getTime() + 20_000),
    );
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(
      (
        await takeRateHit(
          db,
          { kind: "lead-posts", client: "198.51.100.7" },
          4,
          new Date(now.getTime() + 60_001),
        )
      ).allowed,
    ).toBe(true);
  });

  it("migrates safely when two instances start on a new database at once", async () => {
    const { location } = await tempLeadDb(kind);
    const fresh = kind === "postgres" ? location : tempSqliteFile();
    const [first, second] = await Promise.all([openDb(fresh), openDb(fresh)]);
    others.push(first, second);
    expect(await storeLeads(first, 1)).toHaveLength(1);
    expect(await second.selectFrom("leads").select("id").execute()).toHaveLength(1);
  });
});

describe("leads:backup (SQLite)", () => {
  it("writes a consistent copy while leads keep arriving, and never overwrites a file", async () => {
    const { db, location } = await tempLeadDb("sqlite");
    await storeLeads(db, 20);
    const target = path.join(path.dirname(location), "backup.db");
    const writing = storeLeads(db, 20);
    await backupSqliteDb(location, target);
    await writing;
    const copy = new Database(target, { readonly: true });
    const count = Number(copy.prepare("select count(*) from leads").pluck().get());
    const integrity = copy.prepare("pragma integrity_check").pluck().get();
    copy.close();
    expect(count).toBeGreaterThanOrEqual(20);
    expect(integrity).toBe("ok");
    await expect(backupSqliteDb(location, target)).rejects.toThrow(/already exists/);
    expect(existsSync(target)).toBe(true);
  });
});

describe.each(databases)("outbox claims held through slow sends (%s)", (kind) => {
  const timing = { claimForMs: 400, deadlineMs: 5_000 };

  it("renews the claim while a send is slow, so another worker never sends it again", async () => {
    const { db, location } = await tempLeadDb(kind);
    const other = kind === "postgres" ? await secondInstance(location) : db;
    await storeLeads(db, 1);
    const sends: string[] = [];
    const slow = async (lead: { id: string }) => {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      sends.push(lead.id);
    };
    const first = processOutbox(db, "mail", slow, new Date(), timing);
    // Well after the first claim would have run out, had it not been renewed.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await processOutbox(other, "mail", slow, new Date(), timing)).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await first).toEqual({ sent: 1, failed: 0 });
    expect(sends).toHaveLength(1);
  });

  it("gives up on a send that outlasts the deadline and records it as failed", async () => {
    const { db } = await tempLeadDb(kind);
    await storeLeads(db, 1);
    const never = () => new Promise<void>(() => undefined);
    const run = await processOutbox(db, "mail", never, new Date(), { ...timing, deadlineMs: 300 });
    expect(run).toEqual({ sent: 0, failed: 1 });
    const job = await db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ attempts: 1, sent_at: null, claim_token: null });
    expect(job.last_error).toMatch(/no answer within 0.3 s/);
  });
});
