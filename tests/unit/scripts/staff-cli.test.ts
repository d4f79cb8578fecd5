import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { databases, tempLeadDb, tempSqliteFile } from "../lib/db/fixtures";
import {
  staffForToken,
  staffPasswordHash,
  startStaffSession,
  touchStaffSession,
  verifyPassword,
} from "@/lib/auth";

type Run = { status: number | null; stdout: string; stderr: string };

/** npm run staff:… with the given environment, the password piped in as npm users would. */
function staff(env: Record<string, string>, args: string[], input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/staff.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    // A command that refuses before reading the password may close the pipe first.
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const password = "correct horse battery";
const newPassword = "staple gun 12345 orange";
const shortPassword = "eleven char";
const empty = "No staff accounts yet. Add one with npm run staff:add -- name@example.com\n";

describe.each(databases)("npm run staff:… (%s)", (kind) => {
  it("adds, lists, re-keys and removes an account, never showing a password", async () => {
    const { db, location } = await tempLeadDb(kind);
    const env: Record<string, string> =
      kind === "postgres" ? { DATABASE_URL: location } : { LEADS_DB: location };
    const runs: Run[] = [];
    const run = async (args: string[], input?: string) => {
      const result = await staff(env, args, input);
      runs.push(result);
      return result;
    };

    expect(await run(["list"])).toMatchObject({ status: 0, stdout: empty });
    expect(await run(["add", " Ana@Altus.Example "], `${password}\n`)).toMatchObject({
      status: 0,
      stdout: "staff:add: added ana@altus.example as an owner; they can sign in now\n",
    });
    const listed = await run(["list"]);
    expect(listed.stdout).toMatch(/^ana@altus\.example {2}owner {2}created \d{4}-\d\d-\d\d\n$/);

    const common = await run(["add", "bo@altus.example"], "password1234\n");
    expect(common.status).toBe(1);
    expect(common.stderr).toContain("one of the most common");

    const again = await run(["add", "ana@altus.example"], `${password}\n`);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("ana@altus.example already has an account");

    const short = await run(["add", "bo@altus.example"], `${shortPassword}\n`);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("The password must be at least 12 characters long.");

    const now = new Date();
    const current = (await staffPasswordHash(db, "ana@altus.example")) ?? "";
    const session = await startStaffSession(db, "ana@altus.example", current, now);
    const changed = await run(["password", "ana@altus.example"], `${newPassword}\n`);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain("signed out everywhere");
    const stored = (await staffPasswordHash(db, "ana@altus.example")) ?? "";
    expect(await verifyPassword(newPassword, stored)).toBe(true);
    expect(await verifyPassword(password, stored)).toBe(false);
    const touch = (hash: string) => touchStaffSession(db, hash, now);
    expect(await staffForToken(db, session, now, touch)).toBeUndefined();

    const removed = await run(["remove", "ana@altus.example"]);
    expect(removed.status).toBe(0);
    expect(removed.stdout).toContain("signed out everywhere");
    // Empty again: the account with the short password was never added either.
    expect(await run(["list"])).toMatchObject({ status: 0, stdout: empty });

    // Owners see what was done on the command line in the account record.
    const record = await db
      .selectFrom("staff_audit")
      .select(["event", "actor"])
      .orderBy("id")
      .execute();
    expect(record.map((entry) => entry.event)).toEqual([
      "account-added",
      "password-reset",
      "account-removed",
    ]);
    expect(new Set(record.map((entry) => entry.actor))).toEqual(
      new Set(["the server's command line"]),
    );

    // --owner adds an owner, or makes an existing account one.
    await run(["add", "cy@altus.example"], `${password}\n`);
    await run(["add", "di@altus.example"], `${password}\n`);
    expect((await run(["add", "--owner", "di@altus.example"])).stdout).toContain("is an owner now");
    expect((await run(["list"])).stdout).toMatch(/di@altus\.example {2}owner/);
    await run(["remove", "cy@altus.example"]);
    await run(["remove", "di@altus.example"]);

    for (const { stdout, stderr } of runs) {
      for (const secret of [password, newPassword, shortPassword]) {
        expect(stdout + stderr).not.toContain(secret);
      }
    }
  }, 180_000);
});

describe("npm run staff:… refusals", () => {
  it("explains each mistake in one line and exits 1", async () => {
    const env = { LEADS_DB: tempSqliteFile() };
    const [unknownCommand, noEmail, notEmail, noAccount, unknownRemove] = await Promise.all([
      staff(env, ["rename", "ana@altus.example"]),
      staff(env, ["add"]),
      staff(env, ["add", "ana.altus.example"], `${password}\n`),
      staff(env, ["password", "ana@altus.example"], `${password}\n`),
      staff(env, ["remove", "ana@altus.example"]),
    ]);
    for (const usage of [unknownCommand, noEmail]) {
      expect(usage.status).toBe(1);
      expect(usage.stderr).toMatch(/^Usage:\n {2}npm run staff:add -- name@example\.com/);
    }
    expect(notEmail).toMatchObject({
      status: 1,
      stderr:
        'staff:add: "ana.altus.example" is not an email address; give one such as ana@altus.example\n',
    });
    const unknownAccount =
      "there is no account for ana@altus.example; npm run staff:list shows who has one";
    expect(noAccount).toMatchObject({ status: 1, stderr: `staff:password: ${unknownAccount}\n` });
    expect(unknownRemove).toMatchObject({ status: 1, stderr: `staff:remove: ${unknownAccount}\n` });
  }, 120_000);

  it("reports a database it cannot reach in one line, without the URL's password", async () => {
    const result = await staff(
      { DATABASE_URL: "postgres://altus:hunter2hunter2@127.0.0.1:1/altus" },
      ["list"],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^staff:list: .*ECONNREFUSED.*\(lead database: PostgreSQL \(DATABASE_URL\)\)\n$/,
    );
    expect(result.stderr).not.toContain("hunter2");
  }, 120_000);
});
