import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { lead, post } from "./lead-posts";
import { freshDatabase } from "./postgres";
import { staffCommand } from "./staff-server";

// A business outgrows one server: its inbox, worked on SQLite, is moved with `npm run db:copy`
// and the site restarted on PostgreSQL shows the same inbox to the same staff passwords.
const password = "correct horse battery staple";
const staff = "ana@altus.example";
const siteEnv = { LEADS_MIN_FILL_MS: "0", LEADS_RATE_LIMIT: "0", STAFF_TIME_ZONE: "Europe/London" };
const worked = [
  { name: "Moving Prospect 0", status: "new", note: undefined },
  { name: "Moving Prospect 1", status: "contacted", note: "Called, left a message." },
  { name: "Moving Prospect 2", status: "won", note: "Signed up for twelve weeks." },
  { name: "Moving Prospect 3", status: "lost", note: undefined },
] as const;

async function signIn(browser: Browser, server: RunningServer): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(staff);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  return page;
}

async function openLead(page: Page, name: string) {
  await page.goto(`/admin?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** What staff see: the inbox, the spam list and each worked lead's page. */
async function staffView(page: Page): Promise<Record<string, string>> {
  const view: Record<string, string> = {};
  for (const address of ["/admin", "/admin?status=contacted", "/admin/spam"]) {
    await page.goto(address);
    view[address] = await page.getByRole("main").innerText();
  }
  for (const { name } of worked) {
    await openLead(page, name);
    view[name] = await page.getByRole("main").innerText();
  }
  return view;
}

test("staff see the same inbox on PostgreSQL after db:copy, and sign in with the same password", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), "altus-db-copy-"));
  const file = path.join(dir, "leads.db");
  const postgres = await freshDatabase();
  const servers: RunningServer[] = [];
  try {
    // The inbox as it grew on SQLite: leads from the public route, worked by staff in the browser.
    const sqliteSite = await startNextServer(3391, { ...siteEnv, LEADS_DB: file });
    servers.push(sqliteSite);
    staffCommand({ LEADS_DB: file, DATABASE_URL: "" }, "add", staff, password);
    for (const [index, { name }] of worked.entries()) {
      const answer = await post(sqliteSite.url, { ...lead(index), name });
      expect(answer.status, answer.body).toBe(201);
    }
    const spam = await post(sqliteSite.url, { ...lead(9), name: "Honey Pot", website: "x" });
    expect(spam.status, spam.body).toBe(201);

    const before = await signIn(browser, sqliteSite);
    for (const { name, status, note } of worked) {
      await openLead(before, name);
      if (status !== "new") {
        await before.getByLabel("Status", { exact: true }).selectOption(status);
        await before.getByRole("button", { name: "Save status" }).click();
        await expect(before.getByRole("status")).toHaveText("Status saved.");
      }
      if (note) {
        await before.getByLabel("Add a note (plain text)").fill(note);
        await before.getByRole("button", { name: "Add note" }).click();
        await expect(before.getByText(note)).toBeVisible();
      }
    }
    const onSqlite = await staffView(before);
    await before.context().close();
    await sqliteSite.stop();

    const copy = spawnSync("npm", ["run", "-s", "db:copy"], {
      env: { ...process.env, LEADS_DB: file, DATABASE_URL: postgres.url },
      encoding: "utf8",
    });
    console.log(copy.stdout);
    expect(copy.status, copy.stderr).toBe(0);
    expect(copy.stdout).toMatch(/^ {2}leads +4$/m);
    expect(copy.stdout).toMatch(/^ {2}staff_users +1$/m);

    const postgresSite = await startNextServer(3392, { ...siteEnv, DATABASE_URL: postgres.url });
    servers.push(postgresSite);
    const after = await signIn(browser, postgresSite);
    for (const { name } of worked) {
      await expect(after.getByRole("link", { name })).toBeVisible();
    }
    await openLead(after, "Moving Prospect 2");
    await expect(after.getByText("Signed up for twelve weeks.")).toBeVisible();
    await expect(after.getByText(/ana@altus\.example changed it from New to Won/)).toBeVisible();
    expect(await staffView(after)).toEqual(onSqlite);
  } finally {
    for (const server of servers) await server.stop();
    await postgres.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
