import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fillEveryTable } from "../lib/db/copy-fixtures";
import { tempLeadDb, tempPostgresUrl, tempSqliteFile } from "../lib/db/fixtures";

type Run = { status: number | null; stdout: string; stderr: string };

/** npm run db:copy with exactly the given LEADS_DB and DATABASE_URL. */
function dbCopy(env: { LEADS_DB?: string; DATABASE_URL?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/db-copy.ts"], {
      env: { ...process.env, LEADS_DB: "", DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("npm run db:copy", () => {
  it("answers bad input with one line and exit code 2, writing nothing", async () => {
    const target = await tempPostgresUrl();
    const source = tempSqliteFile();
    const notSqlite = tempSqliteFile();
    writeFileSync(notSqlite, "name,email\nJordan,jordan@example.com\n");
    const cases: [{ LEADS_DB?: string; DATABASE_URL?: string }, RegExp][] = [
      [{ DATABASE_URL: target }, /set LEADS_DB to the SQLite file/],
      [{ LEADS_DB: source }, /set DATABASE_URL to the PostgreSQL database/],
      [{ LEADS_DB: target, DATABASE_URL: target }, /name the same database/],
      [{ LEADS_DB: target, DATABASE_URL: `${target}_other` }, /LEADS_DB is a PostgreSQL address/],
      [{ LEADS_DB: source, DATABASE_URL: "mysql://db.example/altus" }, /must be a PostgreSQL/],
      [{ LEADS_DB: source, DATABASE_URL: target }, /there is no SQLite file at/],
      [{ LEADS_DB: notSqlite, DATABASE_URL: target }, /cannot be read as SQLite/],
    ];
    const runs = await Promise.all(cases.map(([env]) => dbCopy(env)));
    for (const [index, run] of runs.entries()) {
      const [, message] = cases[index] ?? [];
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^db:copy: [^\n]+\n$/);
      expect(run.stderr).toMatch(message ?? /./);
      expect(run.stderr).not.toContain(target);
    }
  }, 120_000);

  it("prints each table's count, then refuses to copy into the filled database again", async () => {
    const { db, location: source } = await tempLeadDb("sqlite");
    await fillEveryTable(db);
    const target = await tempPostgresUrl();

    const copied = await dbCopy({ LEADS_DB: source, DATABASE_URL: target });
    expect(copied.status, copied.stderr).toBe(0);
    expect(copied.stdout).toMatch(/^ {2}leads +5$/m);
    expect(copied.stdout).toMatch(/^ {2}lead_notes +5$/m);

    const again = await dbCopy({ LEADS_DB: source, DATABASE_URL: target });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /^db:copy: the PostgreSQL database \(DATABASE_URL\) already holds data \(leads: 5,/,
    );
    expect(again.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
