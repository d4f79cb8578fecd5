import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { publishedPages } from "./helpers";

// SITE_URL of the build under test (the default), which the feed's absolute links start with.
const site = "http://localhost:3000";
const feedPath = "/articles/feed.xml";

const publicPages = [...publishedPages, "/contact/thanks", "/no-such-page"];

/** What an article page says of itself in its structured data. */
const articleData = z.object({
  "@type": z.literal("Article"),
  headline: z.string(),
  description: z.string(),
  datePublished: z.string(),
  dateModified: z.string(),
});

const localPath = (url: string | null) => (url ?? "").replace(site, "") || "/";

/** The articles the site publishes, as its sitemap lists them. */
async function publishedArticlePaths(request: APIRequestContext) {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => localPath(match[1] ?? null))
    .filter((path) => path.startsWith("/articles/"))
    .sort();
}

test("a feed reader gets every published article as Atom, each linking to its live page", async ({
  request,
}) => {
  const response = await request.get(feedPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  expect(feed.self).toBe(`${site}${feedPath}`);
  expect(feed.url).toBe(`${site}/articles`);

  const entryPaths = feed.items.map((item) => localPath(item.url));
  expect([...entryPaths].sort()).toEqual(await publishedArticlePaths(request));
  for (const item of feed.items) {
    await test.step(localPath(item.url), async () => {
      const page = await request.get(localPath(item.url));
      expect(page.status()).toBe(200);
      const html = await page.text();
      const article = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((match) => articleData.safeParse(JSON.parse(match[1] ?? "null")))
        .find((result) => result.success)?.data;
      expect(article, "the page's Article data").toBeDefined();
      expect(item.title).toBe(article?.headline);
      expect(item.description).toBe(article?.description);
      expect(item.published?.toISOString().slice(0, 10)).toBe(article?.datePublished);
      expect(item.updated?.toISOString().slice(0, 10)).toBe(article?.dateModified);
    });
  }
  const newest = feed.items.map((item) => item.updated?.getTime() ?? 0).sort((a, b) => b - a)[0];
  expect(feed.updated?.getTime()).toBe(newest);
});

test("every public page, the 404 page included, tells feed readers where the feed is", async ({
  page,
}) => {
  for (const path of publicPages) {
    await test.step(path, async () => {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute("href", `${site}${feedPath}`);
      await expect(link).toHaveAttribute("title", "Altus articles");
    });
  }
});

test("robots.txt lets crawlers fetch the feed, and the sitemap lists pages, not the feed", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  const disallowed = [...robots.matchAll(/^Disallow: (.+)$/gm)].map((match) => match[1] ?? "");
  expect(disallowed.length).toBeGreaterThan(0);
  for (const prefix of disallowed) expect(feedPath.startsWith(prefix), prefix).toBe(false);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain("feed.xml");
});
