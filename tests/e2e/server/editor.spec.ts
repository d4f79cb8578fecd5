// The browser editor under `next dev`, as a staff member uses it, on a copy of the content
// (CONTENT_ROOT) so the real files are never touched.
import { spawnSync } from "node:child_process";
import http from "node:http";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";

const port = 3411;
const root = mkdtempSync(path.join(tmpdir(), "altus-editor-"));
const article = path.join(root, "content", "articles", "personal-trainer-vs-coach.mdx");
let server: RunningServer;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cpSync("content", path.join(root, "content"), { recursive: true });
  // The dev server's output goes to .next/dev, apart from the build the other tests serve.
  server = await startNextServer(port, { CONTENT_ROOT: root }, { dev: true });
});

test.afterAll(async () => {
  await server?.stop();
});

async function openEntry(page: Page, address: string) {
  await page.goto(`${server.url}${address}`);
  // The first visit compiles the editor, which takes a while on a small machine.
  await page.getByRole("textbox", { name: "Page text" }).waitFor({ timeout: 180_000 });
}

async function startCertification(page: Page) {
  await page.goto(`${server.url}/keystatic/collection/certifications/create`);
  await page.getByRole("button", { name: "Create" }).waitFor({ timeout: 180_000 });
}

const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

async function openSingleton(page: Page, name: string, firstField: string) {
  await page.goto(`${server.url}/keystatic/singleton/${name}`);
  await field(page, firstField).waitFor({ timeout: 180_000 });
}

/** content:check over the copy, as the build runs it. */
const contentCheck = () =>
  spawnSync(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "scripts/content-check.ts",
      `--dir=${path.join(root, "content")}`,
    ],
    { encoding: "utf8" },
  );

/** The word-level diff between two versions of a file, for the test's output. */
function wordDiff(before: string, file: string) {
  const original = path.join(root, `before-${path.basename(file)}`);
  writeFileSync(original, before);
  return spawnSync("git", ["diff", "--no-index", "--word-diff", original, file], {
    encoding: "utf8",
  }).stdout;
}

/** Status of a GET sent to the dev server with this Host header, as a rebinding page would. */
function statusWithHost(address: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: "127.0.0.1", port, path: address, headers: { host, "no-cors": "1" } },
        (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        },
      )
      .on("error", reject);
  });
}

test("local mode answers only requests that name this machine", async () => {
  test.setTimeout(240_000);
  expect(await statusWithHost("/api/keystatic/tree", `127.0.0.1:${port}`)).toBe(200);
  expect(await statusWithHost("/api/keystatic/tree", `localhost:${port}`)).toBe(200);
  expect(await statusWithHost("/api/keystatic/tree", "attacker.example")).toBe(404);
  expect(await statusWithHost("/keystatic", "attacker.example")).toBe(404);
});

test("a one-word edit saved in the browser changes exactly that word in the file", async ({
  page,
}) => {
  const before = readFileSync(article, "utf8");
  expect(before.match(/\bmassive\b/g)).toHaveLength(1);
  await openEntry(page, "/keystatic/collection/articles/item/personal-trainer-vs-coach");
  // Select the word in the text the way a double-click would, then type over it.
  await page.getByRole("textbox", { name: "Page text" }).evaluate((editor, word) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const at = text.indexOf(word);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      (editor as HTMLElement).focus();
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${word}" is not in the editor`);
  }, "massive");
  await page.keyboard.type("huge");
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => readFileSync(article, "utf8"), { timeout: 30_000 }).not.toBe(before);
  expect(readFileSync(article, "utf8")).toBe(before.replace("massive", "huge"));
  // The diff itself, for the record (CI log and report).
  const original = path.join(root, "before.mdx");
  writeFileSync(original, before);
  const diff = spawnSync("git", ["diff", "--no-index", "--word-diff", original, article], {
    encoding: "utf8",
  }).stdout;
  console.log(diff);
  await test.info().attach("one-word edit.diff", { body: diff });
});

test("a certification with a too-long description is refused with a readable message", async ({
  page,
}) => {
  await startCertification(page);
  await field(page, "Title").fill("Too long");
  await field(page, "Description").fill("A".repeat(161));
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText("Description must be no longer than 160 characters")).toBeVisible();
  await expect(field(page, "Description")).toHaveAttribute("aria-invalid", "true");
  await page.waitForTimeout(1000);
  expect(existsSync(path.join(root, "content", "certifications", "too-long.mdx"))).toBe(false);
});

test("a valid certification made in the browser passes content:check and renders", async ({
  page,
}) => {
  await startCertification(page);
  await field(page, "Title").fill("Browser-made certification");
  await field(page, "Description").fill("A certification page created in the browser editor.");
  await field(page, "Published").fill("2026-11-26");
  await field(page, "Issuer").fill("An issuer");
  await field(page, "Prerequisite").fill("A prerequisite");
  await field(page, "Focus").fill("A focus");
  await field(page, "Suited to").fill("Someone");
  await field(page, "Article section").fill("/articles/personal-trainer-vs-coach#cscs");
  await field(page, "Position").fill("9");
  const text = page.getByRole("textbox", { name: "Page text" });
  await text.click();
  await page.keyboard.type("Who issues it [#issuer]");
  // Made a heading from the toolbar's text-block menu, as staff would.
  await page.getByRole("button", { name: "Paragraph Text block" }).click();
  await page.getByRole("option", { name: "Heading 2" }).click();
  await expect(text.getByRole("heading", { level: 2 })).toHaveText("Who issues it [#issuer]");
  await text.getByRole("heading", { level: 2 }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("An issuer.");
  await page.getByRole("button", { name: "Create" }).click();

  const file = path.join(root, "content", "certifications", "browser-made-certification.mdx");
  // Polled until whole: the editor's write may be seen half done (created, then written).
  await expect
    .poll(() => (existsSync(file) ? readFileSync(file, "utf8") : ""), { timeout: 30_000 })
    .toContain("\n## Who issues it \\[#issuer]\n\nAn issuer.\n");

  const check = contentCheck();
  expect(check.stderr).not.toContain("problem(s)");
  expect(check.status).toBe(0);
  // Four MDX pages, the home page (home.yaml) and the new one.
  expect(check.stdout).toContain("6 pages");

  const response = await page.goto(`${server.url}/certifications/browser-made-certification`);
  expect(response?.status()).toBe(200);
  await expect(
    page.getByRole("heading", { level: 1, name: "Browser-made certification" }),
  ).toBeVisible();
  await expect(page.locator("h2#issuer")).toContainText("Who issues it");
});

test("the editor has one main, none of the site's chrome, and its axe findings are reported", async ({
  page,
}, testInfo) => {
  await openEntry(page, "/keystatic/collection/articles/item/personal-trainer-vs-coach");
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Skip to content" })).toHaveCount(0);
  await expect(page.locator("footer")).toHaveCount(0);
  for (const address of [
    "/keystatic",
    "/keystatic/collection/articles/item/personal-trainer-vs-coach",
  ]) {
    await page.goto(`${server.url}${address}`);
    await page.locator("main").waitFor();
    await page.waitForTimeout(1000);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    const findings = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length} element(s), e.g. ${violation.nodes[0]?.html.slice(0, 120)}`,
    );
    // Keystatic's own interface is not ours to change; its findings are listed, not hidden.
    await testInfo.attach(`axe findings on ${address}`, { body: findings.join("\n") || "none" });
    console.log(`axe on ${address}:\n${findings.join("\n") || "none"}`);
    // What this site controls on the page: the document's language and title, one <main>.
    const ours = [
      "html-has-lang",
      "html-lang-valid",
      "document-title",
      "landmark-no-duplicate-main",
    ];
    expect(results.violations.filter((violation) => ours.includes(violation.id))).toEqual([]);
  }
});

test("a one-word edit of the home headline changes exactly that word in home.yaml", async ({
  page,
}) => {
  const home = path.join(root, "content", "home.yaml");
  const before = readFileSync(home, "utf8");
  const headline = "We don’t just train clients—we coach athletes.";
  expect(before.split(headline)).toHaveLength(2);
  await openSingleton(page, "home", "Headline");
  await expect(field(page, "Headline")).toHaveValue(headline);
  await field(page, "Headline").fill(headline.replace("athletes", "competitors"));
  await page.getByRole("button", { name: "Save" }).click();
  // Polled until whole: the editor's write may be seen half done (truncated, then written).
  await expect
    .poll(() => readFileSync(home, "utf8"), { timeout: 30_000 })
    .toBe(before.replace("coach athletes.", "coach competitors."));
  const diff = wordDiff(before, home);
  console.log(diff);
  await test.info().attach("home headline one-word edit.diff", { body: diff });
  await page.goto(`${server.url}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "We don’t just train clients—we coach competitors.",
  );
});

test("a site name saved in the editor reaches tab titles and share cards without a restart", async ({
  page,
}) => {
  const site = path.join(root, "content", "site.yaml");
  const before = readFileSync(site, "utf8");
  await openSingleton(page, "site", "Site name");
  await field(page, "Site name").fill("Altus Test");
  await page.getByRole("button", { name: "Save" }).click();
  await expect
    .poll(() => readFileSync(site, "utf8"), { timeout: 30_000 })
    .toBe(before.replace("name: Altus\n", "name: Altus Test\n"));
  try {
    await page.goto(`${server.url}/articles`);
    await expect(page).toHaveTitle("Articles | Altus Test");
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute(
      "content",
      "Altus Test",
    );
    await expect(page.locator("header").getByRole("link").first()).toHaveText("Altus Test");
  } finally {
    writeFileSync(site, before);
  }
});

/** Adds a navigation item in the editor's Site settings and saves. */
async function addNavigationItem(page: Page, label: string, href: string) {
  const site = path.join(root, "content", "site.yaml");
  const before = readFileSync(site, "utf8");
  await openSingleton(page, "site", "Site name");
  await page.getByRole("button", { name: "Add" }).click();
  const dialog = page.getByRole("dialog");
  await field(page, "Words").fill(label);
  await field(page, "Address").fill(href);
  // The new item's dialog: its fields, then its own Add button.
  await dialog.getByRole("button", { name: "Add" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  // Polled until whole: the editor's write may be seen half done (truncated, then written).
  const item = `  - label: ${label}\n    href: ${href}\n`;
  await expect.poll(() => readFileSync(site, "utf8"), { timeout: 30_000 }).toContain(item);
  return { site, before };
}

test("a navigation item added in the editor shows in the header of every page", async ({
  page,
}) => {
  await addNavigationItem(page, "CSCS", "/certifications/cscs");
  expect(contentCheck().status).toBe(0);
  for (const address of [
    "/",
    "/articles",
    "/articles/personal-trainer-vs-coach",
    "/certifications",
    "/certifications/cscs",
    "/contact",
    "/contact/thanks",
  ]) {
    await page.goto(`${server.url}${address}`);
    await expect(
      page.locator("header").getByRole("link", { name: "CSCS", exact: true }).first(),
      address,
    ).toHaveAttribute("href", "/certifications/cscs");
  }
});

test("a navigation item to a page that does not exist is refused by content:check with file:line", async ({
  page,
}) => {
  const { site, before } = await addNavigationItem(page, "Nowhere", "/no-such-page");
  const saved = readFileSync(site, "utf8");
  const line = saved.split("\n").findIndex((text) => text.includes("/no-such-page")) + 1;
  expect(line).toBeGreaterThan(1);
  const check = contentCheck();
  console.log(check.stderr);
  expect(check.status).toBe(1);
  expect(check.stderr).toContain(
    `${path.relative(process.cwd(), site)}:${line} link to /no-such-page: there is no page /no-such-page`,
  );
  writeFileSync(site, before);
});

test("a form label changed in the editor shows on the contact form", async ({ page }) => {
  const words = path.join(root, "content", "forms", "contact.yaml");
  const before = readFileSync(words, "utf8");
  await openSingleton(page, "contactForm", "Name");
  await expect(field(page, "Name")).toHaveValue("Your name");
  await field(page, "Name").fill("Your full name");
  await page.getByRole("button", { name: "Save" }).click();
  // Polled until whole: the editor's write may be seen half done (truncated, then written).
  await expect
    .poll(() => readFileSync(words, "utf8"), { timeout: 30_000 })
    .toContain("  name: Your full name\n");
  expect(contentCheck().status).toBe(0);
  await page.goto(`${server.url}/contact`);
  await expect(page.getByRole("textbox", { name: "Your full name" })).toBeVisible();
  writeFileSync(words, before);
});
