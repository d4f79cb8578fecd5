import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { lead, post } from "./lead-posts";
import { staffCommand, startStaffSite, type StaffSite } from "./staff-server";

// Marketing reads which campaigns bring leads, on both databases and at both widths: leads
// sent through the public API with campaign values, the report read in the browser, and each
// figure followed to exactly those leads in the inbox.
const password = "correct horse battery staple";
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const article = "/articles/personal-trainer-vs-coach";

async function signIn(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill("mia@altus.example");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
}

/** axe finds nothing, and the page never scrolls sideways. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** The names of the leads the inbox lists. */
const inboxNames = (page: Page) =>
  page.getByRole("link", { name: /^Campaign lead / }).allTextContents();

for (const [kind, port] of [
  ["sqlite", 3431],
  ["postgres", 3432],
] as const) {
  test.describe(`campaign report on ${kind}`, () => {
    test.describe.configure({ mode: "serial" });
    let site: StaffSite;
    test.beforeAll(async () => {
      site = await startStaffSite(kind, port);
      staffCommand(site.env, "add", "mia@altus.example", password);
      const sent = [
        {
          utmSource: "newsletter",
          utmMedium: "email",
          utmCampaign: "spring",
          landingPage: "/#promises",
        },
        {
          utmSource: "newsletter",
          utmMedium: "email",
          utmCampaign: "spring",
          landingPage: "/#promises",
        },
        {
          utmSource: "newsletter",
          utmMedium: "email",
          utmCampaign: "winter",
          landingPage: article,
        },
        { utmSource: "ads", utmMedium: "cpc", utmCampaign: "autumn", landingPage: article },
        {},
      ];
      for (const [index, origin] of sent.entries()) {
        const body = { ...lead(index), ...origin, name: `Campaign lead ${index}` };
        expect((await post(site.server.url, body)).status).toBe(201);
      }
      // The ads lead arrived 20 days ago: in the last 30 days, not the last 7.
      await site.sql("update leads set created_at = $1 where name = $2", [
        new Date(Date.now() - 20 * 86_400_000).toISOString(),
        "Campaign lead 3",
      ]);
    });
    test.afterAll(async () => site.close());

    const contextFor = (browser: Browser, viewport: { width: number; height: number }) =>
      browser.newContext({ baseURL: site.server.url, viewport });

    test("is a staff page: sign-in first, never cached or indexed", async ({ request }) => {
      const answer = await request.get(`${site.server.url}/admin/campaigns`, { maxRedirects: 0 });
      expect(answer.status()).toBe(303);
      expect(answer.headers().location).toMatch(/\/admin\/sign-in$/);
      expect(answer.headers()["cache-control"]).toBe("private, no-store");
    });

    for (const [name, viewport] of Object.entries(viewports)) {
      test(`marketing reads the campaigns and opens their leads (${name})`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await contextFor(browser, viewport);
        const page = await context.newPage();
        await signIn(page);
        await page
          .getByRole("navigation", { name: "Staff" })
          .getByRole("link", { name: "Campaign report" })
          .click();
        await expect(
          page.getByRole("heading", { level: 1, name: "Campaign report" }),
        ).toBeVisible();
        const answer = await page.request.get("/admin/campaigns");
        expect(answer.headers()["cache-control"]).toBe("private, no-store");
        expect(answer.headers()["x-robots-tag"]).toBe("noindex, nofollow");

        // The last 30 days (the default): all five leads.
        await expect(page.getByRole("heading", { level: 2, name: /^5 leads, / })).toBeVisible();
        await expect(page.getByRole("img", { name: /^Leads per day, / })).toBeVisible();
        await expect(
          page.getByRole("link", { name: "3 leads with source newsletter" }),
        ).toBeVisible();
        await expect(page.getByRole("link", { name: "1 lead with source ads" })).toBeVisible();
        await expect(
          page.getByRole("link", { name: "1 lead with source None given" }),
        ).toBeVisible();
        await expect(
          page.getByRole("link", { name: "2 leads with campaign spring" }),
        ).toBeVisible();
        const promises = page.getByRole("row", { name: /^\/ promises 2/ });
        await expect(promises).toBeVisible();
        await checkPage(page);

        // The chart's numbers, in its table, opened from the keyboard: 30 days, today with four.
        const summary = page.locator("summary").filter({ hasText: "Leads per day, in numbers" });
        await summary.focus();
        await page.keyboard.press("Enter");
        const days = page.getByRole("table", { name: "Leads per day, in numbers" });
        await expect(days.getByRole("row")).toHaveCount(31);
        await expect(days.getByRole("link", { name: /^4 leads in / })).toHaveCount(1);
        await expect(days.getByRole("link", { name: /^1 lead in / })).toHaveCount(1);
        await checkPage(page);

        // The last 7 days leave the ads lead out.
        await page.getByRole("link", { name: "Last 7 days" }).click();
        await expect(page.getByRole("heading", { level: 2, name: /^4 leads, / })).toBeVisible();
        await expect(page.getByRole("link", { name: /with source ads/ })).toHaveCount(0);

        // A figure opens exactly its leads in the inbox, filtered by source and the period.
        await page.getByRole("link", { name: "3 leads with source newsletter" }).click();
        await expect(page).toHaveURL(/\/admin\?source=newsletter&from=\d{4}-\d\d-\d\d&to=/);
        expect((await inboxNames(page)).sort()).toEqual([
          "Campaign lead 0",
          "Campaign lead 1",
          "Campaign lead 2",
        ]);
        await expect(page.getByLabel("Source")).toHaveValue("newsletter");
        await expect(page.getByRole("link", { name: "Download these 3 as CSV" })).toBeVisible();
        await checkPage(page);

        // And a landing page's section.
        await page.goBack();
        await page.getByRole("link", { name: "2 leads with page /#promises" }).click();
        await expect(page).toHaveURL(/\/admin\?landing=%2F%23promises&from=/);
        await expect(page.getByLabel("Landing page")).toHaveValue("/#promises");
        expect((await inboxNames(page)).sort()).toEqual(["Campaign lead 0", "Campaign lead 1"]);

        // The weekly chart, and a message for dates it cannot use, pass the same checks.
        for (const path of ["/admin/campaigns?days=90", "/admin/campaigns?from=2026-13-01"]) {
          await page.goto(path);
          const shown = path.includes("days")
            ? page.getByRole("img", { name: /^Leads per week, / })
            : page.getByRole("alert").filter({ hasText: "is not a date" });
          await expect(shown).toBeVisible();
          await checkPage(page);
        }
        await context.close();
      });
    }

    // axe runs in the page, so it checks these views in the test before, with JavaScript on.
    test("works without JavaScript: periods, dates, weeks and messages", async ({ browser }) => {
      const context = await browser.newContext({
        baseURL: site.server.url,
        viewport: viewports.phone,
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await signIn(page);
      await page.goto("/admin/campaigns?days=90");
      await expect(page.getByRole("heading", { level: 2, name: /^5 leads, / })).toBeVisible();
      await expect(page.getByRole("img", { name: /^Leads per week, / })).toBeVisible();
      await expect(page.getByRole("link", { name: "1 lead with source ads" })).toBeVisible();

      // Dates typed in the form; a period with no leads is a sentence, not an empty chart.
      await page.getByLabel("Start date").fill("2025-01-01");
      await page.getByLabel("End date (empty: today)").fill("2025-01-31");
      await page.getByRole("button", { name: "Show these dates" }).click();
      await expect(page).toHaveURL(/from=2025-01-01&to=2025-01-31/);
      await expect(page.getByText("No leads arrived between 1 Jan and 31 Jan 2025.")).toBeVisible();
      await expect(page.getByRole("img")).toHaveCount(0);

      // Dates it cannot use are explained.
      await page.goto("/admin/campaigns?from=2026-02-30&to=2026-03-04");
      await expect(page.getByRole("alert")).toHaveText(
        "The start date “2026-02-30” is not a date: write it as YYYY-MM-DD.",
      );

      // The inbox's new filters, as a form without JavaScript.
      await page.goto("/admin");
      await page.getByLabel("Source").selectOption("None given");
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page).toHaveURL(/source=%28none%29/);
      expect(await inboxNames(page)).toEqual(["Campaign lead 4"]);
      await context.close();
    });
  });
}
