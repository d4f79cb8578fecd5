import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { lead, post } from "./lead-posts";
import { deployStandalone } from "./standalone";

// The build as it is deployed: the standalone server, the start-up warnings, and backups.
let dir: string;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-deploy-"));
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const countLeads = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.prepare("select count(*) from leads").pluck().get());
  } finally {
    db.close();
  }
};

test("the standalone server starts from its own folder, serves pages and stores a lead", async () => {
  const app = deployStandalone(dir);
  const file = path.join(dir, "leads.db");
  server = await startNextServer(
    3341,
    {
      LEADS_DB: file,
      LEADS_RATE_LIMIT: "0",
      LEADS_MIN_FILL_MS: "0",
      SITE_URL: "https://altus.example",
    },
    { standalone: app },
  );
  const page = await fetch(`${server.url}/articles/personal-trainer-vs-coach`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Personal trainer vs coach");
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(stylesheet).toBeDefined();
  expect((await fetch(`${server.url}${stylesheet}`)).status).toBe(200);
  expect((await fetch(`${server.url}/icon.svg`)).status).toBe(200);

  expect((await post(server.url, lead(1))).status).toBe(201);
  expect(countLeads(file)).toBe(1);
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  expect(server.output()).not.toContain("SITE_URL is not set");
});

test("npm start without SITE_URL names it in its first lines", async () => {
  const env = { LEADS_DB: path.join(dir, "leads.db") };
  server = await startNextServer(3342, env);
  const firstLines = server.output().split("\n").slice(0, 12).join("\n");
  expect(firstLines).toContain("SITE_URL is not set");
});

test("leads:backup copies the live database while the site keeps answering 201, and never overwrites", async () => {
  test.setTimeout(90_000);
  const file = path.join(dir, "leads.db");
  server = await startNextServer(3343, {
    LEADS_DB: file,
    LEADS_RATE_LIMIT: "0",
    LEADS_MIN_FILL_MS: "0",
  });
  const url = server.url;
  for (let index = 0; index < 20; index += 1)
    expect((await post(url, lead(index))).status).toBe(201);

  let sending = true;
  const statuses: number[] = [];
  const background = (async () => {
    for (let index = 100; sending; index += 1) statuses.push((await post(url, lead(index))).status);
  })();
  const target = path.join(dir, "backup.db");
  const backup = (to: string) =>
    spawnSync("npm", ["run", "--silent", "leads:backup", "--", to], {
      env: { ...process.env, LEADS_DB: file },
      encoding: "utf8",
    });
  const first = backup(target);
  sending = false;
  await background;
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain(`copied ${file} to ${target}`);
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.filter((status) => status !== 201)).toEqual([]);
  expect(countLeads(target)).toBeGreaterThanOrEqual(20);

  const again = backup(target);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("already exists");
  expect(existsSync(target)).toBe(true);
});
