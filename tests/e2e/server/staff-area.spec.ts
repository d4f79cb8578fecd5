import { request as httpRequest } from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import { lead, post } from "./lead-posts";
import { checkPage, signIn, staffPassword, viewports } from "./staff-pages";
import { staffCommand, startStaffSite, type StaffSite } from "./staff-server";

// The staff area as staff use it, on both databases and at both widths: accounts made on the
// command line, a lead sent through the public form, worked and deleted in the browser.
const password = staffPassword;

/**
 * A request on a fresh connection (the CLI between requests outlasts the server's keep-alive),
 * as a browser or another site's page would send it; redirects are not followed.
 */
function send(
  url: string,
  { body, headers = {} }: { body?: string; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; location?: string }>((resolve, reject) => {
    const form = body === undefined ? {} : { "content-type": "application/x-www-form-urlencoded" };
    const options = {
      method: body === undefined ? "GET" : "POST",
      agent: false,
      headers: { ...form, ...headers },
    };
    const outgoing = httpRequest(url, options, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const getRaw = (url: string, cookie?: string) => send(url, { headers: cookie ? { cookie } : {} });
const postRaw = (url: string, body: string, headers: Record<string, string>) =>
  send(url, { body, headers });

for (const [kind, port] of [
  ["sqlite", 3351],
  ["postgres", 3352],
] as const) {
  test.describe(`staff area on ${kind}`, () => {
    test.describe.configure({ mode: "serial" });
    let site: StaffSite;
    test.beforeAll(async () => {
      site = await startStaffSite(kind, port);
    });
    test.afterAll(async () => site.close());

    const contextFor = (browser: Browser, viewport: { width: number; height: number }) =>
      browser.newContext({ baseURL: site.server.url, viewport });

    test("is not there at all until a staff account exists", async ({ request }) => {
      for (const path of [
        "/admin",
        "/admin/sign-in",
        "/admin/spam",
        "/admin/links",
        "/admin/leads.csv",
      ]) {
        const answer = await request.get(`${site.server.url}${path}`);
        expect(answer.status(), path).toBe(404);
        // Readable without JavaScript, and never kept by a cache: the area opens later.
        expect(await answer.text(), path).toContain("There is no page at this address.");
        expect(answer.headers()["cache-control"], path).toBe("private, no-store");
      }
      staffCommand(site.env, "add", "ana@altus.example", password);
      expect((await request.get(`${site.server.url}/admin/sign-in`)).status()).toBe(200);
    });

    for (const [name, viewport] of Object.entries(viewports)) {
      test(`staff work a lead from the public form to deletion (${name})`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await contextFor(browser, viewport);
        const page = await context.newPage();
        const email = `riley.${name}.${kind}@example.com`;
        // A prospect sends the public form.
        await page.goto("/contact?utm_source=newsletter&utm_campaign=spring");
        await page.getByLabel("Your name").fill(`Riley ${name}`);
        await page.getByLabel("Email address").fill(email);
        await page.getByLabel("Strength").check();
        await page
          .getByLabel("Anything else you’d like to tell us? (optional)")
          .fill("Knee-friendly plan please");
        await page.getByLabel("I agree to Altus contacting me about coaching.").check();
        await page.getByRole("button", { name: /send/i }).click();
        await expect(page).toHaveURL(/\/contact\/thanks/);

        // Without a session the inbox sends staff to sign in.
        await page.goto("/admin");
        await expect(page).toHaveURL(/\/admin\/sign-in$/);
        await checkPage(page);
        await signIn(page, "ana@altus.example");
        await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
        await checkPage(page);

        // Find it by search, open it.
        await page.getByLabel("Search").fill(email);
        await page.getByRole("button", { name: "Filter" }).click();
        await expect(page.getByRole("link", { name: `Riley ${name}` })).toHaveCount(1);
        await expect(page.getByText("newsletter / spring")).toBeVisible();
        await page.getByRole("link", { name: `Riley ${name}` }).click();
        await expect(page.getByRole("heading", { level: 1, name: `Riley ${name}` })).toBeVisible();
        await expect(page.getByText("Knee-friendly plan please")).toBeVisible();
        await checkPage(page);

        // Change its status and add a note: both recorded with who and when.
        await page.getByLabel("Status", { exact: true }).selectOption("contacted");
        await page.getByRole("button", { name: "Save status" }).click();
        await expect(page.getByRole("status")).toHaveText("Status saved.");
        await expect(
          page.getByText(/ana@altus\.example changed it from New to Contacted/),
        ).toBeVisible();
        await page.getByLabel("Add a note (plain text)").fill("Called, left a message.");
        await page.getByRole("button", { name: "Add note" }).click();
        await expect(page.getByText("Called, left a message.")).toBeVisible();

        // The filtered CSV holds it, with its status.
        await page.goto(`/admin?status=contacted&q=${encodeURIComponent(email)}`);
        const download = page.waitForEvent("download");
        await page.getByRole("link", { name: /Download these 1 as CSV/ }).click();
        const csv = await (await download).createReadStream().then(async (stream) => {
          let text = "";
          for await (const chunk of stream) text += String(chunk);
          return text;
        });
        expect(csv).toContain(email);
        expect(csv).toContain(",contacted,");

        for (const path of ["/admin/spam", "/admin/links"]) {
          await page.goto(path);
          await checkPage(page);
        }
        // The home page's sections, each with its full address, as marketing copies them.
        for (const id of ["meaning", "promises", "call"])
          await expect(page.getByText(new RegExp(`^https?://[^/\\s]+/#${id}$`))).toBeVisible();

        // Delete it for good, after confirming.
        await page.goto("/admin");
        await page.getByLabel("Search").fill(email);
        await page.getByRole("button", { name: "Filter" }).click();
        await page.getByRole("link", { name: `Riley ${name}` }).click();
        await page.getByRole("link", { name: "Delete…" }).click();
        await checkPage(page);
        await page.getByRole("button", { name: "Delete for good" }).click();
        await expect(page).toHaveURL(/\/admin\?deleted=1/);
        const left = await site.sql("select id from leads where email = $1", [email]);
        expect(left).toEqual([]);
        const deletions = await site.sql("select staff_email from lead_deletions");
        expect(deletions.some((row) => row.staff_email === "ana@altus.example")).toBe(true);

        // Sign out ends the session on the server.
        const cookie = (await context.cookies()).find((item) => item.name === "altus_staff");
        await page.getByRole("button", { name: "Sign out" }).click();
        await expect(page).toHaveURL(/\/admin\/sign-in\?notice=signed-out/);
        const reused = await getRaw(`${site.server.url}/admin`, `altus_staff=${cookie?.value}`);
        expect(reused.status).toBe(303);
        await context.close();
      });
    }

    test("sessions: none, tampered, expired or revoked all go to sign-in with 303", async ({
      browser,
    }) => {
      const context = await contextFor(browser, viewports.desktop);
      const page = await context.newPage();
      await signIn(page, "ana@altus.example");
      await expect(page.getByRole("heading", { name: "Leads" })).toBeVisible();
      const token =
        (await context.cookies()).find((item) => item.name === "altus_staff")?.value ?? "";
      const get = (cookie?: string) => getRaw(`${site.server.url}/admin`, cookie);
      expect((await get(`altus_staff=${token}`)).status).toBe(200);
      const none = await get();
      expect(none.status).toBe(303);
      expect(none.location).toMatch(/\/admin\/sign-in$/);
      const flipped = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
      expect((await get(`altus_staff=${flipped}`)).status).toBe(303);
      // Idle for 13 hours.
      await site.sql("update staff_sessions set last_seen_at = $1", [
        new Date(Date.now() - 13 * 3_600_000).toISOString(),
      ]);
      expect((await get(`altus_staff=${token}`)).status).toBe(303);
      // A new session, then the password changed on the command line: revoked everywhere.
      await signIn(page, "ana@altus.example");
      const second =
        (await context.cookies()).find((item) => item.name === "altus_staff")?.value ?? "";
      expect((await get(`altus_staff=${second}`)).status).toBe(200);
      staffCommand(site.env, "password", "ana@altus.example", `${password} 2`);
      expect((await get(`altus_staff=${second}`)).status).toBe(303);
      staffCommand(site.env, "password", "ana@altus.example", password);
      await context.close();
    });

    test("a cross-site POST to a staff action is refused, even with the staff cookie", async ({
      browser,
    }) => {
      const context = await contextFor(browser, viewports.desktop);
      const page = await context.newPage();
      await signIn(page, "ana@altus.example");
      const cookie = `altus_staff=${(await context.cookies()).find((item) => item.name === "altus_staff")?.value}`;
      const body = lead(1);
      expect((await post(site.server.url, body)).status).toBe(201);
      const form = `lead=${body.submissionId}&status=won`;
      const forgeries: Record<string, string>[] = [
        { "sec-fetch-site": "cross-site" },
        { origin: "https://evil.example" },
      ];
      for (const headers of forgeries) {
        const answer = await postRaw(`${site.server.url}/admin/actions/status`, form, {
          cookie,
          ...headers,
        });
        expect(answer.status).toBe(403);
      }
      const [row] = await site.sql("select status from leads where id = $1", [body.submissionId]);
      expect(row?.status).toBe("new");
      await context.close();
    });

    test("a stranger's markup is shown as text everywhere and never runs", async ({ browser }) => {
      const context = await contextFor(browser, viewports.phone);
      const page = await context.newPage();
      const ran: string[] = [];
      page.on("dialog", (dialog) => {
        ran.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => ran.push(`error: ${error.message}`));
      await page.exposeFunction("reportViolation", (directive: string) =>
        ran.push(`csp: ${directive}`),
      );
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) =>
          (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
            event.violatedDirective,
          ),
        );
      });
      const evil = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
      const body = {
        ...lead(2),
        name: `Eve ${evil}`.slice(0, 100),
        training: evil,
        limitations: evil,
        message: evil,
        utmSource: evil,
        utmMedium: evil,
        utmCampaign: evil,
        utmTerm: evil,
        utmContent: evil,
        referrer: evil,
        landingPage: evil,
      };
      expect((await post(site.server.url, body)).status).toBe(201);
      await signIn(page, "ana@altus.example");
      await page.goto(`/admin?q=${encodeURIComponent("Eve")}`);
      await expect(page.getByRole("link", { name: /^Eve / })).toContainText(
        "<script>alert(1)</script>",
      );
      await page.getByRole("link", { name: /^Eve / }).click();
      await expect(page.getByText(evil).first()).toBeVisible();
      expect(await page.locator("img[src=x]").count()).toBe(0);
      const csv = await (
        await context.request.get(`${site.server.url}/admin/leads.csv?q=Eve`)
      ).text();
      // The same text sent as spam (the hidden honeypot filled) shows as text in the spam tab.
      expect(
        (await post(site.server.url, { ...body, ...lead(3), name: body.name, website: evil }))
          .status,
      ).toBe(201);
      await page.goto("/admin/spam");
      await expect(page.getByText(body.name).first()).toBeVisible();
      expect(await page.locator("img[src=x]").count()).toBe(0);
      expect(csv).toContain("<script>alert(1)</script>");
      expect(ran).toEqual([]);
      await context.close();
    });

    test("wrong passwords are refused the same way, then locked out for 15 minutes", async ({
      browser,
    }) => {
      staffCommand(site.env, "add", "locked@altus.example", password);
      const url = `${site.server.url}/admin/actions/sign-in`;
      const attempt = (email: string, secret: string) =>
        postRaw(url, new URLSearchParams({ email, password: secret }).toString(), {
          "sec-fetch-site": "same-origin",
        });
      const unknown = await attempt("nobody@altus.example", "whatever it is");
      const wrong = await attempt("locked@altus.example", "not the password");
      expect(unknown).toEqual(wrong);
      expect(wrong).toEqual({ status: 303, location: "/admin/sign-in?notice=invalid" });
      for (let index = 0; index < 8; index += 1)
        await attempt("locked@altus.example", `wrong ${index}`);
      const locked = await attempt("locked@altus.example", password);
      expect(locked.status).toBe(429);
      // The page says so in words.
      const context = await contextFor(browser, viewports.phone);
      const page = await context.newPage();
      await signIn(page, "locked@altus.example");
      await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
      await context.close();
    });
  });
}
