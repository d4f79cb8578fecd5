import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** The published pages: the sitemap's list, which is also every page the site links to. */
export const publishedPages = [
  "/",
  "/articles",
  "/articles/personal-trainer-vs-coach",
  "/certifications",
  "/certifications/cscs",
  "/certifications/nasm-pes",
  "/certifications/personal-trainer",
  "/contact",
];

/** Every page reachable from the home page by following the site's own links. */
export async function crawlSite(request: APIRequestContext, start = "/"): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const response = await request.get(path);
    expect(response.status(), `${path} should answer 200`).toBe(200);
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    for (const match of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#?]*)/g)) {
      const href = match[1];
      if (href && !href.startsWith("/_next") && !href.startsWith("/api") && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return [...seen].sort();
}

/** Fails with axe's own explanation of each WCAG problem on the page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

/** Presses Tab until the element has focus, as a keyboard user would; fails if it never gets it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30) {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}
