import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { everyRow, fillEveryTable, sqliteTables } from "./copy-fixtures";
import { tempLeadDb, validLead } from "./fixtures";
import {
  copySqliteToPostgres,
  CopyInputError,
  CopyRefused,
  openDb,
  type CopiedTable,
} from "@/lib/db";
import { validateLead } from "@/tests/fixtures/lead-words";
import { addLeadNote, changeLeadStatus, deleteLeadForever, saveLead } from "@/lib/leads/server";

/** A SQLite lead database with a row in every table, and an empty PostgreSQL one. */
async function filledSourceAndEmptyTarget() {
  const source = await tempLeadDb("sqlite");
  await fillEveryTable(source.db);
  const target = await tempLeadDb("postgres");
  return { source: source.location, target: target.location, targetDb: target.db };
}

async function expectSameRows(source: string, target: string) {
  for (const table of sqliteTables(source)) {
    expect(await everyRow(target, table), table).toEqual(await everyRow(source, table));
  }
}

async function expectEmpty(target: string, tables: string[]) {
  for (const table of tables) expect(await everyRow(target, table), table).toEqual([]);
}

/** The highest id of an auto-numbered table, in either database. */
async function highestId(location: string, table: string) {
  return Math.max(0, ...(await everyRow(location, table)).map((row) => Number(row.id)));
}

describe("copying a SQLite lead database into PostgreSQL", () => {
  it("copies every table the migrations make, row for row, ids and times as they were", async () => {
    const { source, target } = await filledSourceAndEmptyTarget();
    const copied = await copySqliteToPostgres({ source, target });
    console.log(
      `db:copy per-table counts: ${copied.map(({ table, rows }) => `${table} ${rows}`).join(", ")}`,
    );
    // A table added by a later migration must be copied, and given a row by fillEveryTable.
    expect(copied.map(({ table }) => table).sort()).toEqual(sqliteTables(source));
    for (const { table, rows } of copied)
      expect(rows, `rows copied from ${table}`).toBeGreaterThan(0);
    await expectSameRows(source, target);
  });

  it("refuses a target that already holds a lead, and writes nothing", async () => {
    const { source, target, targetDb } = await filledSourceAndEmptyTarget();
    const result = validateLead(validLead({ name: "Already Here" }));
    if (!result.ok) throw new Error("fixture lead is invalid");
    await saveLead(targetDb, result.lead, new Date());
    const before = await Promise.all(sqliteTables(source).map((table) => everyRow(target, table)));

    const copy = copySqliteToPostgres({ source, target });
    await expect(copy).rejects.toThrow(CopyRefused);
    await expect(copy).rejects.toThrow(/already holds data \(leads: 1, outbox: 1\)/);
    const after = await Promise.all(sqliteTables(source).map((table) => everyRow(target, table)));
    expect(after).toEqual(before);
  });

  it("leaves the target unchanged when a row fails part-way, and copies on a re-run", async () => {
    const { source, target } = await filledSourceAndEmptyTarget();
    // A job whose lead is gone: SQLite let it in with foreign keys off, PostgreSQL refuses it.
    const raw = new Database(source);
    raw.pragma("foreign_keys = OFF");
    raw
      .prepare(
        "insert into outbox (lead_id, created_at, attempts, next_attempt_at, channel) values (?, ?, 0, ?, 'mail')",
      )
      .run("no-such-lead", "2026-11-20T09:00:00.000Z", "2026-11-20T09:00:00.000Z");
    const done: CopiedTable[] = [];

    await expect(
      copySqliteToPostgres({ source, target }, { onTableCopied: (table) => void done.push(table) }),
    ).rejects.toThrow(/outbox_lead_id_fkey/);
    // The leads were in the transaction when the job failed; none of them stayed.
    expect(done.map(({ table }) => table)).toContain("leads");
    await expectEmpty(target, sqliteTables(source));

    raw.prepare("delete from outbox where lead_id = 'no-such-lead'").run();
    raw.close();
    await copySqliteToPostgres({ source, target });
    await expectSameRows(source, target);
  });

  it("leaves the target unchanged when its connection is killed mid-copy, and copies on a re-run", async () => {
    const { source, target } = await filledSourceAndEmptyTarget();
    const killCopyConnection = async ({ table }: CopiedTable) => {
      if (table !== "outbox") return;
      const admin = new pg.Client({ connectionString: target });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
        );
        expect(rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
    };

    await expect(
      copySqliteToPostgres({ source, target }, { onTableCopied: killCopyConnection }),
    ).rejects.toThrow(/connection error/);
    await expectEmpty(target, sqliteTables(source));

    await copySqliteToPostgres({ source, target });
    await expectSameRows(source, target);
  });

  it("gives leads, jobs, notes and history saved after the copy fresh ids", async () => {
    const { source, target } = await filledSourceAndEmptyTarget();
    await copySqliteToPostgres({ source, target });
    // SQLite's high-water marks: the forgotten lead's job, note and history ids are above these.
    const copiedMax = {
      outbox: await highestId(target, "outbox"),
      lead_notes: await highestId(target, "lead_notes"),
      lead_events: await highestId(target, "lead_events"),
      lead_deletions: await highestId(target, "lead_deletions"),
    };
    const sequences = new Database(source, { readonly: true });
    const handedOut = new Map(
      sequences
        .prepare("select name, seq from sqlite_sequence")
        .raw(true)
        .all()
        .flatMap((row) => (Array.isArray(row) ? [[String(row[0]), Number(row[1])]] : [])),
    );
    sequences.close();
    expect(handedOut.get("outbox")).toBeGreaterThan(copiedMax.outbox);

    const db = await openDb(target);
    try {
      const result = validateLead(validLead({ name: "After The Move" }));
      if (!result.ok) throw new Error("fixture lead is invalid");
      const now = new Date();
      const saved = await saveLead(db, result.lead, now, ["mail", "webhook"]);
      expect(saved.stored).toBe("new");
      await changeLeadStatus(db, saved.id, "won", "ana@altus.example", now);
      await addLeadNote(db, saved.id, "Signed up.", "ana@altus.example", now);
      const jobs = (await everyRow(target, "outbox")).filter((row) => row.lead_id === saved.id);
      expect(jobs.map((job) => Number(job.id))).toEqual([
        (handedOut.get("outbox") ?? 0) + 1,
        (handedOut.get("outbox") ?? 0) + 2,
      ]);
      expect(await highestId(target, "lead_notes")).toBe((handedOut.get("lead_notes") ?? 0) + 1);
      expect(await highestId(target, "lead_events")).toBe((handedOut.get("lead_events") ?? 0) + 1);
      await deleteLeadForever(db, saved.id, "ana@altus.example", now);
      expect(await highestId(target, "lead_deletions")).toBe(copiedMax.lead_deletions + 1);
    } finally {
      await db.destroy();
    }
  });

  it("refuses a source from another version of the site, and writes nothing", async () => {
    const { source, target } = await filledSourceAndEmptyTarget();
    const raw = new Database(source);
    const last = raw.prepare("select max(name) from kysely_migration").pluck().get();
    raw.prepare("delete from kysely_migration where name = ?").run(last);
    await expect(copySqliteToPostgres({ source, target })).rejects.toThrow(
      new CopyInputError(
        `${source} was last opened by an older version of the site; bring it up to date first: DATABASE_URL= LEADS_DB=${source} npm run db:migrate`,
      ),
    );
    raw
      .prepare("insert into kysely_migration (name, timestamp) values (?, ?), (?, ?)")
      .run(last, "2026-11-20T09:00:00.000Z", "9999_from_the_future", "2026-11-20T09:00:00.000Z");
    raw.close();
    await expect(copySqliteToPostgres({ source, target })).rejects.toThrow(
      /written by a newer version of the site \(migration 9999_from_the_future\)/,
    );
    await expectEmpty(target, sqliteTables(source));
  });
});
