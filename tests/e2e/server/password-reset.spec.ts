import { simpleParser } from "mailparser";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { TestSmtp } from "../../fixtures/smtp";
import { checkPage, signIn, staffPassword, viewports } from "./staff-pages";
import {
  staffCommand,
  startMailingStaffSite,
  startStaffSite,
  type StaffSite,
} from "./staff-server";

// A forgotten password, as staff meet it: the link on the sign-in page, the mail from a real
// SMTP server on loopback, the new password, and every old session ended. On both databases.
const ana = "ana@altus.example";
const newPassword = "tangerine lighthouse cobbler";
const resetLink = /http:\/\/127\.0\.0\.1:\d+\/admin\/reset-password\/[\w-]{43}/;

/** axe and no sideways scroll at both widths, ending at the desktop width. */
async function checkBothWidths(page: Page) {
  for (const viewport of [viewports.phone, viewports.desktop]) {
    await page.setViewportSize(viewport);
    await checkPage(page);
  }
}

async function askForLink(page: Page, email: string) {
  await page.goto("/admin/forgot-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(
    "If that address has an account, we have sent it a link to set a new password.",
  );
}

for (const [kind, port, smtpPort] of [
  ["sqlite", 3601, 3602],
  ["postgres", 3603, 3604],
] as const) {
  test.describe(`forgotten passwords on ${kind}`, () => {
    test.describe.configure({ mode: "serial" });
    let site: StaffSite;
    let smtp: TestSmtp;
    test.beforeAll(async () => {
      ({ site, smtp } = await startMailingStaffSite(
        kind,
        { site: port, smtp: smtpPort },
        { email: ana, password: staffPassword },
      ));
    });
    test.afterAll(async () => {
      await site.close();
      await smtp.close();
    });

    const contextFor = (browser: Browser) =>
      browser.newContext({ baseURL: site.server.url, viewport: viewports.desktop });

    test("a new password set through the mailed link ends every old session", async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      // Ana is signed in at her desk: the old session.
      const desk = await (await contextFor(browser)).newPage();
      await signIn(desk, ana);
      await expect(desk.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();

      // On her phone she has forgotten it.
      const page = await (await contextFor(browser)).newPage();
      await page.goto("/admin/sign-in");
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
      await checkBothWidths(page);

      // An address with no account gets the same answer, and no mail.
      await askForLink(page, "nobody@altus.example");
      await checkBothWidths(page);
      await askForLink(page, ana);
      await expect.poll(() => smtp.inbox.length, { timeout: 10_000 }).toBe(1);
      expect(smtp.inbox[0]?.to).toEqual([ana]);
      const mail = await simpleParser(smtp.inbox[0]?.raw ?? "");
      expect(mail.subject).toBe("Set a new password for the Altus staff area");
      expect(mail.text).toContain("works once, for 30 minutes");
      const link = resetLink.exec(mail.text ?? "")?.[0] ?? "";
      expect(link.startsWith(`${site.server.url}/admin/reset-password/`)).toBe(true);

      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set a new password");
      await expect(page.getByText(ana)).toBeVisible();
      await checkBothWidths(page);

      // A common password is refused in words, and never lands in the address.
      await page.getByLabel("New password", { exact: true }).fill("password1234");
      await page.getByLabel("Repeat the new password").fill("password1234");
      await page.getByRole("button", { name: "Set the new password" }).click();
      await expect(page.getByText("one of the most common ones")).toBeVisible();
      expect(page.url()).not.toContain("password1234");

      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByLabel("Repeat the new password").fill(newPassword);
      await page.getByRole("button", { name: "Set the new password" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();

      // The desk's session ended with the old password, which no longer works.
      await desk.goto("/admin");
      await expect(desk).toHaveURL(/\/admin\/sign-in$/);
      await signIn(desk, ana);
      await expect(desk.getByText("do not match an account")).toBeVisible();
      await signIn(desk, ana, newPassword);
      await expect(desk.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();

      // The link works once.
      await page.goto(link);
      await expect(page.getByText("This link has already been used.")).toBeVisible();
      await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
      await checkBothWidths(page);

      // Owners can read what happened; the mail to nobody was never sent.
      const audit = await site.sql(
        "select event, account from staff_audit where event in ('reset-link-made', 'password-reset') order by id",
      );
      expect(audit).toEqual([
        { event: "reset-link-made", account: ana },
        { event: "password-reset", account: ana },
      ]);
      expect(smtp.inbox).toHaveLength(1);
      // No token and no address in the server's log.
      expect(site.server.output()).not.toContain(link.split("/").at(-1));
      expect(site.server.output()).not.toContain(ana);
    });

    test("bad input gets a readable 4xx", async ({ request }) => {
      const url = (path: string) => `${site.server.url}${path}`;
      const form = (body: string) => ({
        headers: { "content-type": "application/x-www-form-urlencoded" },
        data: body,
        maxRedirects: 0,
      });
      for (const body of ["password=a&repeat=a", "token=nonsense&password=a&repeat=a"]) {
        const answer = await request.post(url("/admin/actions/reset-password"), form(body));
        expect(answer.status(), body).toBe(400);
        expect(await answer.text()).toContain("not a link to set a new password that we made");
      }
      const wrongType = await request.post(url("/admin/actions/reset-password"), {
        headers: { "content-type": "application/json" },
        data: "{}",
      });
      expect(wrongType.status()).toBe(415);
      const huge = await request.post(
        url("/admin/actions/forgot-password"),
        form(`email=${"a".repeat(200_000)}`),
      );
      expect(huge.status()).toBe(413);
      const empty = await request.post(url("/admin/actions/forgot-password"), form("email="));
      expect(empty.status()).toBe(400);
      expect(await empty.text()).toContain("Type the email address of your staff account.");
      const unknown = await request.get(url(`/admin/reset-password/${"A".repeat(43)}`));
      expect(await unknown.text()).toContain("This link is not one we made.");
    });

    test("a known and an unknown address take as long; a flood from one network gets a readable 429", async ({
      request,
    }) => {
      const ask = async (email: string) => {
        const started = performance.now();
        const answer = await request.post(`${site.server.url}/admin/actions/forgot-password`, {
          form: { email },
          maxRedirects: 0,
        });
        return { answer, ms: performance.now() - started };
      };
      // Every answer waits out the same floor, longer than the work behind it.
      const known = await ask(ana);
      const unknown = await ask("nobody.else@altus.example");
      for (const { answer, ms } of [known, unknown]) {
        expect(answer.status()).toBe(303);
        expect(answer.headers().location).toBe("/admin/forgot-password?notice=sent");
        expect(ms).toBeGreaterThanOrEqual(300);
      }
      // Five an hour from one network: the first test asked twice, this one twice so far.
      const statuses: number[] = [];
      for (let n = 0; n < 4; n += 1) {
        const { answer } = await ask(`stranger${n}@example.com`);
        statuses.push(answer.status());
        if (answer.status() === 429) {
          expect(await answer.text()).toContain("Too many new password links were asked for");
          break;
        }
      }
      expect(statuses).toEqual([303, 429]);
    });
  });
}

test.describe("forgotten passwords without mail", () => {
  let site: StaffSite;
  test.beforeAll(async () => {
    site = await startStaffSite("sqlite", 3605);
    staffCommand(site.env, "add", ana, staffPassword);
  });
  test.afterAll(async () => site.close());

  test("the page says to ask an owner, and offers no form", async ({ browser, request }) => {
    const context = await browser.newContext({
      baseURL: site.server.url,
      viewport: viewports.desktop,
    });
    const page = await context.newPage();
    await page.goto("/admin/forgot-password");
    await expect(page.getByText("Mail is not set up on this site")).toBeVisible();
    await expect(page.getByText("Ask an owner of the team")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveCount(0);
    await checkBothWidths(page);
    const posted = await request.post(`${site.server.url}/admin/actions/forgot-password`, {
      form: { email: ana },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(303);
    expect(posted.headers().location).toBe("/admin/forgot-password");
  });
});
