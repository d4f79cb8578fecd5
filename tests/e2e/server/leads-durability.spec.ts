import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { lead, post } from "./lead-posts";

// Each test runs its own `next start` of the build on its own port and database.
let dir: string;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-durability-"));
});

test.afterEach(async () => {
  await server?.stop("SIGKILL");
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const env = (file: string) => ({ LEADS_DB: file, LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0" });

function storedIds(file: string): Set<string> {
  const db = new Database(file, { readonly: true });
  try {
    return new Set(db.prepare("select id from leads").pluck().all().map(String));
  } finally {
    db.close();
  }
}

test("200 concurrent valid posts get 200 success answers and exactly 200 rows", async () => {
  const file = path.join(dir, "leads.db");
  server = await startNextServer(3311, env(file));
  const url = server.url;
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, index) => post(url, lead(index))),
  );
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.filter((status) => status === 201)).toHaveLength(200);
  expect(storedIds(file).size).toBe(200);
});

test("every lead answered with success is in the database after the server is killed", async () => {
  const file = path.join(dir, "leads.db");
  server = await startNextServer(3312, env(file));
  const running = server;
  const answered: string[] = [];
  let killed = false;

  const sends = Array.from({ length: 120 }, async (_, index) => {
    const body = lead(index);
    try {
      const answer = await post(running.url, body);
      if (answer.status === 201 && !killed) answered.push(body.submissionId);
      if (answered.length >= 40 && !killed) {
        killed = true;
        running.process.kill("SIGKILL");
      }
    } catch {
      // the connection died with the server: this lead was never answered
    }
  });
  await Promise.all(sends);
  await running.stop("SIGKILL");
  expect(killed).toBe(true);
  expect(answered.length).toBeGreaterThanOrEqual(40);

  server = await startNextServer(3312, env(file));
  const stored = storedIds(file);
  expect(answered.filter((id) => !stored.has(id))).toEqual([]);
});
