import { parseFeed } from "@rowanmanning/feed-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/articles/feed.xml/route";
import { getConfig } from "@/lib/config";
import { getArticles } from "@/lib/content";
import { tempContent, type TempContent } from "@/tests/fixtures/temp-content";

const atStartOfDay = (day: string) => `${day}T00:00:00.000Z`;

async function feedTitles() {
  return parseFeed(await (await GET()).text()).items.map((item) => item.title);
}

let content: TempContent | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await content?.remove();
  content = undefined;
});

describe("GET /articles/feed.xml", () => {
  it("serves every published article as Atom: title, address, dates and summary", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");

    const site = getConfig().SITE_URL;
    const articles = await getArticles();
    expect(articles.length).toBeGreaterThan(0);
    const feed = parseFeed(await response.text());
    expect(feed.meta).toEqual({ type: "atom", version: "1.0" });
    expect(feed.self).toBe(`${site}/articles/feed.xml`);
    expect(feed.url).toBe(`${site}/articles`);
    expect(
      feed.items.map((item) => ({
        title: item.title,
        url: item.url,
        published: item.published?.toISOString(),
        updated: item.updated?.toISOString(),
        summary: item.description,
      })),
    ).toEqual(
      articles.map(({ route, frontmatter }) => ({
        title: frontmatter.title,
        url: `${site}${route}`,
        published: atStartOfDay(frontmatter.published),
        updated: atStartOfDay(frontmatter.updated ?? frontmatter.published),
        summary: frontmatter.description,
      })),
    );
    const newest = articles
      .map(({ frontmatter }) => frontmatter.updated ?? frontmatter.published)
      .sort()
      .at(-1);
    expect(feed.updated?.toISOString()).toBe(atStartOfDay(newest ?? ""));
  });

  it("lists a new article file with no code change, and never a draft", async () => {
    content = await tempContent();
    // The loader reads CONTENT_ROOT only under `next dev`, which also lists drafts.
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("CONTENT_ROOT", content.root);
    expect(await feedTitles()).toEqual(["Strength basics"]);

    await content.addArticle(
      "recovery-weeks",
      `---
title: "Recovery weeks"
description: "Why a lighter week now and then keeps you training for years."
published: 2026-11-27
---

Rest is part of the plan.
`,
    );
    await content.addArticle(
      "tempo-work",
      `---
title: "Tempo work"
description: "Slow lowering, fast lifting: notes for a later article."
published: 2026-11-28
draft: true
---

Not ready yet.
`,
    );
    expect(await feedTitles()).toEqual(["Recovery weeks", "Strength basics"]);
  });
});
