import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import type { TestSmtp } from "../../fixtures/smtp";
import { checkPage, signIn, staffPassword, viewports } from "./staff-pages";
import {
  staffCommand,
  startMailingStaffSite,
  startStaffSite,
  type StaffSite,
} from "./staff-server";

// An owner builds the team in the browser: invites by mail, the invited person joins and works
// as staff without seeing the team, then is removed and signed out at once. On both databases,
// with a real SMTP server; and, with mail off, the links an owner passes on by hand.
const ana = "ana@altus.example";
const bo = "bo@altus.example";
const boPassword = "kettle orbit lantern meadow";

/** The one-time link in the newest mail to `to`, waiting for it to arrive. */
async function mailedLink(smtp: TestSmtp, to: string): Promise<string> {
  await expect.poll(() => smtp.inbox.filter((mail) => mail.to.includes(to)).length).toBe(1);
  const raw = smtp.inbox.find((mail) => mail.to.includes(to))?.raw ?? "";
  const text = (await simpleParser(raw)).text ?? "";
  const link = /https?:\/\/\S+\/admin\/invitation\/[\w-]{43}/.exec(text)?.[0];
  if (!link) throw new Error(`no invitation link in the mail: ${text}`);
  return link;
}

/** Signs in and waits for the inbox, so the next request carries the session. */
async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Leads", level: 1 })).toBeVisible();
}

// Closed after each test: a browser's open keep-alive connections would hold up the server's
// graceful stop at the end.
const contexts: BrowserContext[] = [];
async function contextFor(browser: Browser, site: StaffSite, viewport = viewports.desktop) {
  const context = await browser.newContext({ baseURL: site.server.url, viewport });
  contexts.push(context);
  return context;
}
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function setPassword(page: Page, password: string) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
}

for (const [kind, port, smtpPort] of [
  ["sqlite", 3621, 3623],
  ["postgres", 3622, 3624],
] as const) {
  test.describe(`the team on ${kind}`, () => {
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

    test("an owner invites, the invited person joins as staff, and is removed", async ({
      browser,
    }) => {
      const owner = await (await contextFor(browser, site)).newPage();
      await signInAs(owner, ana);
      await owner.getByRole("link", { name: "Team" }).click();
      await expect(owner.getByRole("heading", { name: "Team", level: 1 })).toBeVisible();
      await owner.getByLabel("Email address").fill(` ${bo.toUpperCase()} `);
      await owner.getByRole("button", { name: "Send the invitation" }).click();
      await expect(owner.getByRole("main").getByRole("status")).toContainText(
        "The invitation is on its way",
      );
      await expect(owner.getByText(`${bo}, as staff`)).toBeVisible();

      const link = await mailedLink(smtp, bo);
      const newcomer = await (await contextFor(browser, site, viewports.phone)).newPage();
      await newcomer.goto(link);
      await expect(newcomer.getByText(`Account: ${bo}`)).toBeVisible();
      await checkPage(newcomer);
      await setPassword(newcomer, "password1234");
      await expect(newcomer.getByRole("main").getByRole("alert")).toContainText(
        "one of the most common",
      );
      await setPassword(newcomer, boPassword);
      await expect(newcomer.getByRole("heading", { name: "Leads", level: 1 })).toBeVisible();
      await expect(newcomer.getByText(bo)).toBeVisible();

      // Staff neither see the team nor reach it, by page or by action.
      await expect(newcomer.getByRole("link", { name: "Team" })).toHaveCount(0);
      expect((await newcomer.goto("/admin/team"))?.status()).toBe(404);
      expect((await newcomer.goto("/admin/team/record"))?.status()).toBe(404);
      const action = await newcomer.request.post("/admin/actions/invite", {
        form: { email: "eve@example.com", role: "owner" },
        headers: { origin: site.server.url },
      });
      expect(action.status()).toBe(404);

      // The link worked once.
      await newcomer.goto(link);
      await expect(newcomer.getByText("This invitation has already been used")).toBeVisible();
      await checkPage(newcomer);

      await owner.reload();
      const card = owner
        .getByRole("listitem")
        .filter({ hasText: `${bo}` })
        .first();
      await expect(card).toContainText("Staff");

      // A reset link an owner makes goes to the owner; Bo hears of it by mail, without the link.
      await card.getByRole("button", { name: /Make a password reset link/ }).click();
      await expect(owner.getByRole("heading", { name: "Password reset link made" })).toBeVisible();
      const token = (await owner.getByLabel(/The link/).inputValue()).split("/").at(-1) ?? "";
      await expect.poll(() => smtp.inbox.filter((mail) => mail.to.includes(bo)).length).toBe(2);
      const notice = await simpleParser(
        smtp.inbox.filter((mail) => mail.to.includes(bo))[1]?.raw ?? "",
      );
      expect(notice.subject).toBe(
        "A link to set a new password for your Altus staff account was made",
      );
      expect(notice.text).toContain(`${ana}, an owner of the Altus team, made a link`);
      expect(notice.text).not.toContain(token);
      await owner.goto("/admin/team");
      await card.getByText("Remove…").click();
      await card.getByRole("button", { name: `Remove ${bo}` }).click();
      await expect(owner.getByRole("main").getByRole("status")).toContainText(
        "signed out everywhere",
      );

      // Bo's open session ended with the account.
      await newcomer.goto("/admin");
      await expect(newcomer).toHaveURL(/\/admin\/sign-in$/);
      await signIn(newcomer, bo, boPassword);
      await expect(newcomer.getByRole("main").getByText("do not match an account")).toBeVisible();

      await owner.goto("/admin/team/record");
      const record = owner.getByRole("list").last();
      for (const line of [
        "Invitation made",
        "Invitation accepted; account created",
        "Account removed",
        "Signed in (password)",
      ]) {
        await expect(record.getByText(line).first()).toBeVisible();
      }
      await expect(record).toContainText(`Account: ${bo} · By: ${ana}`);
    });

    test("the last owner can be neither demoted nor removed", async ({ browser }) => {
      const owner = await (await contextFor(browser, site)).newPage();
      await signInAs(owner, ana);
      await owner.goto("/admin/team");
      const card = owner.getByRole("listitem").filter({ hasText: ana }).first();
      await card.getByRole("button", { name: /Make staff/ }).click();
      await expect(owner.getByRole("main").getByRole("alert")).toContainText(
        "That is the last owner",
      );
      await card.getByText("Remove…").click();
      await card.getByRole("button", { name: `Remove ${ana}` }).click();
      await expect(owner.getByRole("main").getByRole("alert")).toContainText(
        "That is the last owner",
      );
    });

    test("team pages are accessible and fit a phone", async ({ browser }) => {
      for (const viewport of Object.values(viewports)) {
        const page = await (await contextFor(browser, site, viewport)).newPage();
        await signInAs(page, ana);
        for (const path of ["/admin/team", "/admin/team/record"]) {
          await page.goto(path);
          await checkPage(page);
        }
        await page.goto("/admin/team");
        await page.getByText("Remove…").first().click();
        await checkPage(page);
      }
    });
  });
}

test.describe("the team with mail off", () => {
  test.describe.configure({ mode: "serial" });
  const port = 3625;
  let site: StaffSite;
  test.beforeAll(async () => {
    site = await startStaffSite("sqlite", port, { SITE_URL: `http://127.0.0.1:${port}` });
    staffCommand(site.env, "add", ana, staffPassword);
  });
  test.afterAll(async () => site.close());

  test("an owner is shown each link once, to pass on by hand", async ({ browser }) => {
    const owner = await (await contextFor(browser, site, viewports.phone)).newPage();
    await signInAs(owner, ana);
    await owner.goto("/admin/team");
    await owner.getByLabel("Email address").fill(bo);
    await owner.getByLabel(/Owner: also manages the team/).check();
    await owner.getByRole("button", { name: "Make the invitation link" }).click();
    await expect(owner.getByRole("heading", { name: "Invitation made" })).toBeVisible();
    const link = await owner.getByLabel(/The link/).inputValue();
    expect(link).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${port}/admin/invitation/[\\w-]{43}$`),
    );
    await checkPage(owner);

    // The token is nowhere but in that answer: not in the team page it leads back to.
    await owner.getByRole("link", { name: "Back to the team" }).click();
    expect(await owner.content()).not.toContain(link.split("/").at(-1));

    const newcomer = await (await contextFor(browser, site)).newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByText("You are invited as an owner")).toBeVisible();

    // Withdrawn: the link says so in words.
    await owner.reload();
    await owner.getByRole("button", { name: /Withdraw/ }).click();
    await expect(owner.getByRole("main").getByRole("status")).toContainText("withdrawn");
    await newcomer.reload();
    await expect(newcomer.getByText("This invitation was withdrawn")).toBeVisible();

    // A reset link for an existing account, also shown once.
    await owner.goto("/admin/team");
    await owner.getByRole("button", { name: /Make a password reset link/ }).click();
    await expect(owner.getByRole("heading", { name: "Password reset link made" })).toBeVisible();
    expect(await owner.getByLabel(/The link/).inputValue()).toMatch(
      /\/admin\/reset-password\/[\w-]{43}$/,
    );
    const rows = await site.sql("select event from staff_audit order by id");
    expect(rows.map((row) => row.event)).toEqual([
      "account-added",
      "sign-in",
      "invitation-sent",
      "invitation-revoked",
      "reset-link-made",
    ]);
  });

  test("bad input to team actions gets a readable 4xx, and other sites are refused", async ({
    browser,
  }) => {
    const owner = await (await contextFor(browser, site)).newPage();
    await signInAs(owner, ana);
    const post = (path: string, form: Record<string, string>, origin = site.server.url) =>
      owner.request.post(path, { form, headers: { origin }, maxRedirects: 0 });
    const bad = await post("/admin/actions/invite", { email: "not an address", role: "staff" });
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("That is not an email address");
    const role = await post("/admin/actions/change-role", { email: ana, role: "king" });
    expect(role.status()).toBe(400);
    expect(await role.text()).toContain("Choose a role");
    const forged = await post(
      "/admin/actions/invite",
      { email: bo, role: "owner" },
      "https://evil.example",
    );
    expect(forged.status()).toBe(403);
    const accept = await post("/admin/actions/accept-invitation", { token: "\r\nx", password: "" });
    expect(accept.status()).toBe(400);
    expect(await accept.text()).toContain("This is not an invitation link we made.");
  });

  test("an owner signed in over 10 minutes ago confirms the password before changing the team", async ({
    browser,
  }) => {
    for (const viewport of Object.values(viewports)) {
      const owner = await (await contextFor(browser, site, viewport)).newPage();
      await signInAs(owner, ana);
      // As if this browser had signed in 11 minutes ago (a session left open, or taken).
      const earlier = new Date(Date.now() - 11 * 60_000).toISOString();
      await site.sql("update staff_sessions set created_at = $1", [earlier]);
      await owner.goto("/admin/team");
      await expect(owner.getByText("asks for your password again")).toBeVisible();
      await expect(
        owner.getByRole("button", { name: /Invite|Make the invitation link/ }),
      ).toHaveCount(0);
      await checkPage(owner);
    }
    const owner = await (await contextFor(browser, site)).newPage();
    await signInAs(owner, ana);
    const earlier = new Date(Date.now() - 11 * 60_000).toISOString();
    await site.sql("update staff_sessions set created_at = $1", [earlier]);
    // The server refuses every team action, whatever the page shows.
    const before = await site.sql("select count(*) as n from staff_tokens");
    for (const [action, form] of [
      ["invite", { email: "eve@example.com", role: "owner" }],
      ["reset-link", { email: ana }],
      ["change-role", { email: ana, role: "staff" }],
    ] as const) {
      const answer = await owner.request.post(`/admin/actions/${action}`, {
        form,
        headers: { origin: site.server.url },
        maxRedirects: 0,
      });
      expect(answer.status(), action).toBe(303);
      expect(answer.headers().location, action).toBe("/admin/team?notice=confirm-first");
    }
    expect(await site.sql("select count(*) as n from staff_tokens")).toEqual(before);
    await owner.goto("/admin/team?notice=confirm-first");
    await expect(owner.getByRole("main").getByRole("alert")).toContainText(
      "confirm your password first",
    );
    await owner.getByLabel("Your password").fill("not my password at all");
    await owner.getByRole("button", { name: "Confirm" }).click();
    await expect(owner).toHaveURL(/\/admin\/team\?notice=password-wrong$/);
    await owner.getByLabel("Your password").fill(staffPassword);
    await owner.getByRole("button", { name: "Confirm" }).click();
    await expect(owner).toHaveURL(/\/admin\/team$/);
    await expect(owner.getByRole("heading", { name: "Invite someone" })).toBeVisible();
  });
});
