// @vitest-environment jsdom
import { parseFeed } from "@rowanmanning/feed-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getArticles } from "@/lib/content";
import { articleFeedXml } from "@/lib/seo";
import { tempContent, type TempContent } from "@/tests/fixtures/temp-content";

const site = "https://altus.example";
let content: TempContent;

beforeEach(async () => {
  content = await tempContent();
});

afterEach(async () => {
  vi.useRealTimers();
  await content.remove();
});

describe("the article feed", () => {
  it("keeps a title and summary with &, < and quotes exactly as staff wrote them", async () => {
    await content.addArticle(
      "sets-and-reps",
      `---
title: "Sets & reps: why \\"<8\\" isn't a rule"
description: "Heavy & low <reps> or 'light' & high: what \\"enough\\" means for you."
published: 2026-11-28
---

Enough is what you recover from.
`,
    );
    const xml = articleFeedXml(site, await getArticles({ contentDir: content.contentDir }));

    const strict = new DOMParser().parseFromString(xml, "application/xml");
    expect(strict.getElementsByTagName("parsererror")).toHaveLength(0);
    const item = parseFeed(xml).items.find(
      (entry) => entry.url === `${site}/articles/sets-and-reps`,
    );
    expect(item?.title).toBe(`Sets & reps: why "<8" isn't a rule`);
    expect(item?.description).toBe(
      `Heavy & low <reps> or 'light' & high: what "enough" means for you.`,
    );
  });

  it("leaves drafts out even when the loader lists them, as it does in development", async () => {
    const articles = await getArticles({ contentDir: content.contentDir, includeDrafts: true });
    expect(articles.map((article) => article.slug)).toContain("draft-ideas");

    const urls = parseFeed(articleFeedXml(site, articles)).items.map((item) => item.url);
    expect(urls).toEqual([`${site}/articles/strength-basics`]);
  });

  it("dates each entry by the day it was published and the day it was last updated", async () => {
    // strength-basics: published 2026-10-01, updated 2026-11-01.
    const xml = articleFeedXml(site, await getArticles({ contentDir: content.contentDir }));
    const [entry] = parseFeed(xml).items;
    expect(entry?.published?.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(entry?.updated?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("is dated by its newest article's last change, whatever the clock says", async () => {
    await content.addArticle(
      "recovery-weeks",
      `---
title: "Recovery weeks"
description: "Why a lighter week now and then keeps you training for years."
published: 2026-10-15
---

Rest is part of the plan.
`,
    );
    // strength-basics: published 2026-10-01, updated 2026-11-01; recovery-weeks: 2026-10-15.
    const articles = await getArticles({ contentDir: content.contentDir });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-01T12:00:00Z"));
    const first = articleFeedXml(site, articles);
    vi.setSystemTime(new Date("2030-06-30T08:00:00Z"));
    const later = articleFeedXml(site, articles);

    expect(later).toBe(first);
    expect(parseFeed(first).updated?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("is still a valid feed, with a fixed date, before any article is published", () => {
    const feed = parseFeed(articleFeedXml(site, []));
    expect(feed.items).toEqual([]);
    expect(feed.title).toBe("Altus articles");
    expect(feed.updated?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });
});
