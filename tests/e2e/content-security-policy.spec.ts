import { expect, test, type Page } from "@playwright/test";
import { publishedPages } from "./helpers";
import { inlineScripts, ownScriptSources, scriptSources } from "./policies";

// Prospect journeys under the site's Content-Security-Policy: static pages allow only their own
// inline scripts (by hash), pages rendered per request only scripts carrying that response's
// nonce. Nothing may be blocked that the site itself sends, and nothing else may run.

// Every published page but the contact form is written at build time.
const staticPages = [...publishedPages.filter((path) => path !== "/contact"), "/contact/thanks"];

test("every response's script policy has no 'unsafe-inline' and no 'unsafe-eval'", async ({
  request,
}) => {
  const home = await (await request.get("/")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1] ?? "/_next/static/missing.js";
  const responses = [
    ...(await Promise.all(
      [
        ...staticPages,
        chunk,
        "/articles/feed.xml",
        "/_next/imagexyz",
        "/contact",
        "/no-such-page",
        "/Admin",
        "/admin",
        "/admin/sign-in",
        "/keystatic",
        "/api/keystatic/tree",
        "/api/health",
        "/sitemap.xml",
        "/robots.txt",
        "/opengraph-image",
      ].map((path) => request.get(path)),
    )),
    await request.post("/api/contact", { form: { name: "" } }),
  ];
  for (const response of responses) {
    const sources = scriptSources(response);
    expect(sources[0], response.url()).toBe("'self'");
    expect(sources, response.url()).not.toContain("'unsafe-inline'");
    expect(sources, response.url()).not.toContain("'unsafe-eval'");
  }
});

test("a static page's policy lists exactly the hashes of its own inline scripts, and no nonce", async ({
  request,
}) => {
  for (const path of staticPages) {
    const response = await request.get(path);
    const html = await response.text();
    expect(inlineScripts(html).length, path).toBeGreaterThan(0);
    expect(scriptSources(response), path).toEqual(ownScriptSources(html));
    // HEAD gets the same policy, with no body to hash.
    expect(scriptSources(await request.head(path)), path).toEqual(ownScriptSources(html));
    // The same bytes for everyone: nothing in the static page depends on the request.
    expect(await (await request.get(path)).text(), path).toBe(html);
  }
  // Next serves the same static page at an encoded address; it gets the same policy.
  const encoded = await request.get("/articles/personal%2Dtrainer-vs-coach");
  const plain = await request.get("/articles/personal-trainer-vs-coach");
  expect(await encoded.text()).toBe(await plain.text());
  expect(scriptSources(encoded)).toEqual(scriptSources(plain));
});

test("404s and unknown slugs get the not-found page's own policy", async ({ request }) => {
  const policies = new Set<string>();
  for (const path of [
    "/no-such-page",
    "/articles/no-such-article",
    "/certifications/no-such-path",
    "/articles/personal-trainer-vs-coach/more",
    "/Admin",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain("Page not found");
    expect(scriptSources(response), path).toEqual(ownScriptSources(html));
    policies.add(scriptSources(response).join(" "));
  }
  expect(policies.size).toBe(1);
});

test("a post to a static address and a server-action request are rendered with a nonce", async ({
  request,
}) => {
  const answers = [
    await request.post("/", { form: { anything: "1" } }),
    await request.post("/articles/personal-trainer-vs-coach", {
      headers: { "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    }),
  ];
  for (const response of answers) {
    const sources = scriptSources(response);
    expect(sources[0], response.url()).toBe("'self'");
    expect(
      sources.filter((source) => source.startsWith("'nonce-")),
      response.url(),
    ).toHaveLength(1);
    expect(sources, response.url()).not.toContain("'unsafe-inline'");
    expect(response.status(), response.url()).toBeLessThan(500);
  }
});

test("no HTML answer for an address in the sitemap goes out without exactly one policy", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const addresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc = ""]) => new URL(loc).pathname,
  );
  expect(addresses.length).toBeGreaterThanOrEqual(publishedPages.length);
  for (const path of addresses) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("text/html");
    const sources = scriptSources(response);
    expect(sources[0], path).toBe("'self'");
    expect(sources, path).not.toContain("'unsafe-inline'");
  }
});

test("the contact page carries a fresh nonce on every script it renders", async ({ request }) => {
  const nonces = [];
  for (let visit = 0; visit < 2; visit += 1) {
    const response = await request.get("/contact");
    const nonce = scriptSources(response)
      .find((source) => source.startsWith("'nonce-"))
      ?.slice("'nonce-".length, -1);
    expect(nonce).toBeTruthy();
    const html = await response.text();
    // Every script that runs; JSON-LD data blocks never run and need none.
    const tags = [...html.matchAll(/<script\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => !tag.includes("ld+json"));
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

/** Collects CSP violations, uncaught errors and console errors, from the first script on. */
async function watchForBlockedScripts(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    // The 404 page's own status line is expected; anything else is a problem.
    const notFound = page.url().endsWith("/no-such-page") && message.text().includes("404");
    if (message.type() === "error" && !notFound) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test("a prospect's browser runs every page's scripts, navigates client-side and sends the form with no CSP violation", async ({
  page,
}) => {
  const problems = await watchForBlockedScripts(page);
  for (const path of [...staticPages, "/contact", "/no-such-page"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Next's runtime started: hydration needs every inline script the page was sent with.
    await expect.poll(() => page.evaluate(() => "next" in window), { message: path }).toBe(true);
  }

  // Client-side navigation: the document (and its policy) stays, React swaps the page.
  await page.goto("/");
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const footer = page.getByRole("navigation", { name: "Footer" });
  for (const [name, url] of [
    ["Certifications", /\/certifications$/],
    ["Trainer vs coach", /\/articles\/personal-trainer-vs-coach$/],
    ["Contact", /\/contact$/],
  ] as const) {
    await footer.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(url);
  }
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);

  // The form, sent with JavaScript: its inline checks and its fetch both need scripts to run.
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "things need fixing" })).toBeVisible();
  await page.getByLabel("Your name").fill("Riley Morgan");
  await page.getByLabel("Email address").fill("csp-check@example.com");
  await page.getByLabel("Strength").check();
  await page.getByLabel("I agree to Altus contacting me about coaching.").check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/contact\/thanks$/);
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  expect(problems).toEqual([]);
});
