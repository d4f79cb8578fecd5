import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { readPng, scan } from "../../fixtures/qr-scan";
import { freshDatabase, rows } from "./postgres";
import { checkPage, signIn, viewports } from "./staff-pages";
import { staffCommand, startStaffSite, type StaffSite } from "./staff-server";

// Tracked short links as marketing and prospects use them, on both databases: made in the
// browser, followed, counted (once per visitor per hour, never for bots, HEADs or prefetches),
// credited with the lead that follows, archived, re-pointed, and printed as a QR code.
const article = "/articles/personal-trainer-vs-coach";
const chromeAgent =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

type Raw = { status: number; location?: string; cacheControl?: string };

/** A GET (or HEAD) on a fresh connection, redirects not followed. */
function raw(url: string, { method = "GET", headers = {} as Record<string, string> } = {}) {
  return new Promise<Raw>((resolve, reject) => {
    const outgoing = httpRequest(url, { method, agent: false, headers }, (response) => {
      response.resume();
      resolve({
        status: response.statusCode ?? 0,
        location: response.headers.location,
        cacheControl: response.headers["cache-control"],
      });
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function clicksOf(site: StaffSite, code: string) {
  const [row] = await site.sql(
    "select count(*) as clicks, sum(qr) as scans from link_clicks where code = $1",
    [code],
  );
  return { clicks: Number(row?.clicks ?? 0), scans: Number(row?.scans ?? 0) };
}

async function makeTrackedLink(page: Page, code: string) {
  await page.goto("/admin/links");
  const siteUrl = new URL(page.url()).origin;
  await page.getByLabel("Page or section the link opens").selectOption(`${siteUrl}${article}#cscs`);
  await page.getByLabel("Source").fill("flyer");
  await page.getByLabel("Medium").fill("print");
  await page.getByLabel("Campaign name").fill("spring");
  await page.getByRole("button", { name: "Make the link" }).click();
  await page.getByLabel("Short code (optional)").fill(code);
  await page.getByRole("button", { name: "Make a tracked link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tracked link made" })).toBeVisible();
}

for (const [kind, port] of [
  ["sqlite", 3441],
  ["postgres", 3442],
] as const) {
  test.describe(`tracked links on ${kind}`, () => {
    test.describe.configure({ mode: "serial" });
    let site: StaffSite;
    test.beforeAll(async () => {
      // The short addresses and QR codes name the site by SITE_URL: here, this server.
      site = await startStaffSite(kind, port, { SITE_URL: `http://127.0.0.1:${port}` });
      staffCommand(site.env, "add", "mia@altus.example", "correct horse battery staple");
    });
    test.afterAll(async () => site.close());

    const contextFor = (browser: Browser, viewport = viewports.desktop, userAgent = chromeAgent) =>
      browser.newContext({ baseURL: site.server.url, viewport, userAgent });

    test("made in the browser, followed to its section, counted once, credited with the lead", async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const staff = await (await contextFor(browser)).newPage();
      await signIn(staff, "mia@altus.example");
      await makeTrackedLink(staff, "spring-flyer");
      await expect(staff.getByRole("heading", { level: 1 })).toHaveText(
        `${site.server.url}/go/spring-flyer`,
      );
      for (const viewport of Object.values(viewports)) {
        await staff.setViewportSize(viewport);
        await checkPage(staff);
      }

      // A prospect follows it: the section, with the UTM values and the link's code.
      const prospect = await (await contextFor(browser, viewports.phone)).newPage();
      await prospect.goto("/go/spring-flyer");
      const landed = new URL(prospect.url());
      expect(landed.pathname).toBe(article);
      expect(landed.hash).toBe("#cscs");
      expect(Object.fromEntries(landed.searchParams)).toEqual({
        utm_source: "flyer",
        utm_medium: "print",
        utm_campaign: "spring",
        go: "spring-flyer",
      });
      await expect(prospect.locator("#cscs")).toBeInViewport();
      expect(await clicksOf(site, "spring-flyer")).toEqual({ clicks: 1, scans: 0 });

      // Reads on and sends the form: the lead is credited to the link.
      await prospect.goto("/contact");
      await prospect.getByLabel("Your name").fill("Flyer Reader");
      await prospect.getByLabel("Email address").fill(`flyer.${kind}@example.com`);
      await prospect.getByLabel("Strength").check();
      await prospect.getByLabel("I agree to Altus contacting me about coaching.").check();
      await prospect.getByRole("button", { name: /send/i }).click();
      await expect(prospect).toHaveURL(/\/contact\/thanks/);

      // The same visitor again within the hour: still one click.
      await prospect.goto("/go/spring-flyer");
      await expect(prospect).toHaveURL(new RegExp(`${article}\\?`));
      expect(await clicksOf(site, "spring-flyer")).toEqual({ clicks: 1, scans: 0 });

      await staff.goto("/admin/links/tracked");
      const card = staff.getByRole("listitem").filter({ hasText: "/go/spring-flyer" });
      await expect(card.getByText("Clicks, all")).toBeVisible();
      await expect(card.locator("dd").nth(2)).toHaveText("1");
      await expect(card.locator("dd").nth(3)).toHaveText("1");
      await expect(card.locator("dd").nth(4)).toHaveText("100%");
      await checkPage(staff);

      // The campaign report: 1 click and 1 lead for the flyer, by source and by landing section.
      await staff.goto("/admin/campaigns");
      for (const [table, value] of [
        ["By source", "flyer"],
        ["By landing page", "cscs"],
      ]) {
        const row = staff
          .getByRole("table", { name: table })
          .getByRole("row")
          .filter({ hasText: value });
        const cells = row.getByRole("cell");
        await expect(cells.filter({ hasText: "lead with" })).toContainText("1");
        await expect(cells.last()).toHaveText("100%");
        await expect(cells.nth(-2)).toHaveText("1");
      }
      await expect(staff.getByRole("img", { name: /Leads and clicks per day/ })).toBeVisible();
      for (const viewport of Object.values(viewports)) {
        await staff.setViewportSize(viewport);
        await checkPage(staff);
      }
      await staff.setViewportSize(viewports.desktop);

      // The lead's page names the link.
      await staff.goto("/admin");
      await staff.getByRole("link", { name: "Flyer Reader" }).click();
      await expect(staff.getByText("/go/spring-flyer")).toBeVisible();
    });

    test("bots, HEAD requests and prefetches are not counted; the redirect is never cached", async () => {
      const url = `${site.server.url}/go/spring-flyer`;
      const before = await clicksOf(site, "spring-flyer");
      const answers = [
        await raw(url, {
          headers: { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" },
        }),
        await raw(url, { headers: { "user-agent": "Slackbot-LinkExpanding 1.0" } }),
        await raw(url, { headers: {} }),
        await raw(url, { method: "HEAD", headers: { "user-agent": chromeAgent } }),
        await raw(url, { headers: { "user-agent": chromeAgent, "sec-purpose": "prefetch" } }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(307);
        expect(answer.location).toContain(`${article}?utm_source=flyer`);
        expect(answer.cacheControl).toMatch(/no-store/);
      }
      // Anything but GET and HEAD is refused, and not counted either.
      expect(
        (await raw(url, { method: "POST", headers: { "user-agent": chromeAgent } })).status,
      ).toBe(405);
      expect(await clicksOf(site, "spring-flyer")).toEqual(before);
      // A person with another browser is counted.
      await raw(url, { headers: { "user-agent": `${chromeAgent} another` } });
      expect((await clicksOf(site, "spring-flyer")).clicks).toBe(before.clicks + 1);
      // An unknown code gets the site's 404 page.
      const unknown = await fetch(`${site.server.url}/go/no-such-link`);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain("We can’t find that page");
    });

    test("archived, it still redirects; re-pointed, the same QR code lands on the new section", async ({
      browser,
    }) => {
      const staff = await (await contextFor(browser, viewports.phone)).newPage();
      await signIn(staff, "mia@altus.example");
      await staff.goto("/admin/links/tracked/spring-flyer");
      await checkPage(staff);

      // The QR code, as printed, decodes to the short address marked as a scan.
      const png = await staff.request.get("/admin/links/tracked/spring-flyer/qr.png");
      expect(png.headers()["content-type"]).toBe("image/png");
      const printed = scan(readPng(await png.body()));
      expect(printed?.text).toBe(`${site.server.url}/go/spring-flyer?qr=1`);

      await staff.getByRole("button", { name: "Archive this link" }).click();
      await expect(staff.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();
      await staff.goto("/admin/links/tracked");
      await expect(staff.getByText("/go/spring-flyer")).toHaveCount(0);
      expect((await raw(`${site.server.url}/go/spring-flyer`)).status).toBe(307);

      await staff.goto("/admin/links/tracked/spring-flyer");
      await staff.getByLabel("Page or section it opens").selectOption(`${site.server.url}/contact`);
      await staff.getByRole("button", { name: "Change destination" }).click();
      await expect(
        staff.getByRole("status").filter({ hasText: "Destination changed" }),
      ).toBeVisible();
      await expect(staff.getByText(/moved it from/)).toContainText("/contact");

      // Another visitor (the first one's repeat within the hour would not count).
      const phone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131 Mobile";
      const scanner = await (await contextFor(browser, viewports.phone, phone)).newPage();
      const before = await clicksOf(site, "spring-flyer");
      await scanner.goto(printed?.text ?? "");
      expect(new URL(scanner.url()).pathname).toBe("/contact");
      expect(await clicksOf(site, "spring-flyer")).toEqual({
        clicks: before.clicks + 1,
        scans: before.scans + 1,
      });
    });
  });
}

for (const [kind, ports] of [
  ["sqlite", [3443, 3444]],
  ["postgres", [3448, 3449]],
] as const) {
  test(`two instances counting 200 clicks at once record 200 clicks (${kind})`, async () => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(path.join(tmpdir(), "altus-clicks-"));
    const database = kind === "postgres" ? await freshDatabase() : undefined;
    const file = path.join(dir, "leads.db");
    const env: Record<string, string> = database
      ? { DATABASE_URL: database.url }
      : { LEADS_DB: file, DATABASE_URL: "" };
    const servers: RunningServer[] = [];
    const count = async () => {
      const query = "select count(*) as count from link_clicks where code = 'two-shops'";
      if (database) return Number((await rows<{ count: string }>(database.url, query))[0]?.count);
      const db = new Database(file, { readonly: true });
      try {
        return Number(db.prepare(query).pluck().get());
      } finally {
        db.close();
      }
    };
    try {
      servers.push(...(await Promise.all(ports.map((port) => startNextServer(port, env)))));
      await fetch(`${servers[0]?.url}/api/health`);
      await fetch(`${servers[1]?.url}/api/health`);
      const insert = `insert into tracked_links (code, target, utm_source, utm_medium, utm_campaign, created_at, created_by)
         values ('two-shops', '/', 'flyer', 'print', 'spring', '2026-12-01T00:00:00Z', 'mia@altus.example')`;
      if (database) await rows(database.url, insert);
      else {
        const db = new Database(file);
        db.exec(insert);
        db.close();
      }
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          raw(`${servers[index % 2]?.url}/go/two-shops`, {
            headers: { "user-agent": `${chromeAgent} visitor-${index}` },
          }),
        ),
      );
      expect(answers.filter((answer) => answer.status !== 307)).toEqual([]);
      expect(await count()).toBe(200);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
