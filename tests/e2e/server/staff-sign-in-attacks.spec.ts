import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres";
import { lead, post } from "./lead-posts";
import { freshDatabase, rows } from "./postgres";
import { staffCommand } from "./staff-server";
import { deployStandalone } from "./standalone";

// The staff sign-in tried as an attacker would, against production builds: a flood of guesses
// across two instances, a stranger trying to lock staff out, the cookie behind a TLS proxy,
// and the database failing under staff routes.
const password = "correct horse battery staple";
const ana = "ana@altus.example";

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

/** A POST on a fresh connection, with any headers (Host included); redirects not followed. */
function send(url: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method: body ? "POST" : "GET",
        agent: false,
        headers: body
          ? { "content-type": "application/x-www-form-urlencoded", ...headers }
          : headers,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body || undefined);
  });
}

const signInForm = (email: string, secret: string) =>
  new URLSearchParams({ email, password: secret }).toString();

/** Signs Ana in from a browser: a new one, or `context` (one that has signed in before). */
async function signInInBrowser(browser: Browser, url: string, context?: BrowserContext) {
  const session = context ?? (await browser.newContext({ baseURL: url }));
  const page = await session.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(ana);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return { context: session, page };
}

test.describe("two instances on PostgreSQL under a flood of guesses", () => {
  let servers: RunningServer[] = [];
  let database: { url: string; drop: () => Promise<void> };
  test.afterEach(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  });

  test("check at most 10 of 200 parallel wrong passwords, and still let in the browser that signed in before", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    database = await freshDatabase();
    // Behind a proxy we run, so each guess can come from an address of its own.
    const env = { DATABASE_URL: database.url, TRUST_PROXY: "1", LEADS_RATE_LIMIT: "0" };
    servers = await Promise.all([startNextServer(3381, env), startNextServer(3382, env)]);
    const [first, second] = servers.map((server) => server.url);
    staffCommand(env, "add", ana, password);

    // Ana signs in at her desk once, then signs out: her browser keeps its device cookie.
    const desk = await signInInBrowser(browser, first ?? "");
    await expect(desk.page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
    await desk.page.getByRole("button", { name: "Sign out" }).click();
    await expect(desk.page).toHaveURL(/notice=signed-out/);

    const guesses = await Promise.all(
      Array.from({ length: 200 }, (_, guess) =>
        send(
          `${guess % 2 ? second : first}/admin/actions/sign-in`,
          signInForm(ana, `guess ${guess}`),
          {
            "x-forwarded-for": `10.${Math.floor(guess / 250)}.${guess % 250}.7`,
          },
        ),
      ),
    );
    const checked = guesses.filter((answer) => answer.status === 303).length;
    console.log(`200 parallel guesses on two instances: ${checked} checked, the rest refused`);
    expect(checked).toBeLessThanOrEqual(10);
    expect(guesses.filter((answer) => answer.status !== 303 && answer.status !== 429)).toEqual([]);
    const [recorded] = await rows<{ n: string }>(
      database.url,
      "select count(*) as n from sign_in_failures where key like 'account:%'",
    );
    expect(Number(recorded?.n)).toBeLessThanOrEqual(10);

    // The right password from a browser that never signed in: refused, the account is locked.
    const stranger = await signInInBrowser(browser, second ?? "");
    await expect(stranger.page.getByText(/Too many failed sign-ins/)).toBeVisible();
    await stranger.context.close();
    // From Ana's browser, on the other instance: in.
    const again = await signInInBrowser(
      browser,
      second ?? "",
      await browser.newContext({
        baseURL: second,
        storageState: await desk.context.storageState(),
      }),
    );
    await expect(again.page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
    await again.context.close();
    await desk.context.close();
  });
});

test.describe("the staff cookies behind a TLS-terminating proxy", () => {
  let dir: string;
  let server: RunningServer | undefined;
  test.beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "altus-cookie-"));
  });
  test.afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const started = {
    "npm start without -H": (env: Record<string, string>) =>
      startNextServer(3383, env, { host: null }),
    "npm start -H 0.0.0.0": (env: Record<string, string>) =>
      startNextServer(3384, env, { host: "0.0.0.0" }),
    "the standalone server": (env: Record<string, string>) =>
      startNextServer(3385, env, { standalone: deployStandalone(dir) }),
  };

  for (const [how, start] of Object.entries(started)) {
    test(`are Secure with an https SITE_URL under ${how}`, async () => {
      test.setTimeout(120_000);
      const env = { LEADS_DB: path.join(dir, "leads.db"), SITE_URL: "https://altus.example" };
      server = await start(env);
      staffCommand(env, "add", ana, password);
      const answer = await send(`${server.url}/admin/actions/sign-in`, signInForm(ana, password), {
        host: "altus.example",
        "x-forwarded-proto": "https",
        origin: "https://altus.example",
      });
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe("/admin");
      const cookies = answer.headers["set-cookie"] ?? [];
      expect(cookies.map((cookie) => cookie.split("=")[0])).toEqual([
        "altus_staff",
        "altus_device",
      ]);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/; Path=\/admin; HttpOnly; SameSite=Strict; Secure$/);
      }
    });
  }

  test("drop Secure only for a plain-http SITE_URL on this machine, reached over http", async () => {
    const env = { LEADS_DB: path.join(dir, "leads.db"), SITE_URL: "http://localhost:3386" };
    server = await startNextServer(3386, env);
    staffCommand(env, "add", ana, password);
    const answer = await send(`${server.url}/admin/actions/sign-in`, signInForm(ana, password));
    expect(answer.status).toBe(303);
    for (const cookie of answer.headers["set-cookie"] ?? []) expect(cookie).not.toMatch(/Secure/);
  });
});

test.describe("staff routes while the database is down", () => {
  let postgres: TestPostgres | undefined;
  let server: RunningServer | undefined;
  test.afterEach(async () => {
    await server?.stop();
    await postgres?.destroy();
  });

  test("answer a page staff can read, 503 with Retry-After, never a bare 500", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    postgres = await startTestPostgres();
    const env = { DATABASE_URL: postgres.url, LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0" };
    server = await startNextServer(3387, env);
    staffCommand(env, "add", ana, password);
    const body = lead(1);
    expect((await post(server.url, body)).status).toBe(201);
    const { context } = await signInInBrowser(browser, server.url);
    const cookie = (await context.cookies()).map((item) => `${item.name}=${item.value}`).join("; ");
    await context.close();
    await postgres.stop("fast");

    const url = server.url;
    const attempts: [string, () => Promise<Answer>][] = [
      ["sign-in", () => send(`${url}/admin/actions/sign-in`, signInForm(ana, password))],
      ["sign-out", () => send(`${url}/admin/actions/sign-out`, "x=1", { cookie })],
      [
        "a note",
        () => send(`${url}/admin/actions/note`, `lead=${body.submissionId}&note=Hi`, { cookie }),
      ],
      ["the CSV", () => send(`${url}/admin/leads.csv`, "", { cookie })],
    ];
    for (const [what, attempt] of attempts) {
      const answer = await attempt();
      expect(answer.status, what).toBe(503);
      expect(answer.headers["retry-after"], what).toBe("60");
      expect(answer.headers["content-type"], what).toMatch(/^text\/html/);
      expect(answer.body, what).toMatch(/try again in a minute/i);
      expect(answer.headers["cache-control"], what).toBe("private, no-store");
      // A page written by the handler runs no script, so none may run on it at all.
      if (what !== "the CSV")
        expect(answer.headers["content-security-policy"], what).toMatch(
          /script-src 'none';.*base-uri 'none'/,
        );
    }
  });
});
