import { afterEach, describe, expect, it, vi } from "vitest";
import { findPage, getArticles, getCertifications, staticSlugs } from "@/lib/content";

const contentDir = "tests/fixtures/content";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("content loader", () => {
  it("lists drafts when asked for development", async () => {
    const slugs = (await getArticles({ contentDir, includeDrafts: true })).map(
      (article) => article.slug,
    );
    expect(slugs).toEqual(["draft-ideas", "strength-basics"]);
  });

  it("leaves drafts out of a build", async () => {
    const slugs = (await getArticles({ contentDir, includeDrafts: false })).map(
      (article) => article.slug,
    );
    expect(slugs).toEqual(["strength-basics"]);
  });

  it("defaults to drafts only under NODE_ENV=development", async () => {
    expect(process.env.NODE_ENV).not.toBe("development");
    expect((await getArticles({ contentDir })).map((article) => article.slug)).toEqual([
      "strength-basics",
    ]);
  });

  it("lists drafts by default under NODE_ENV=development, where staff preview them", async () => {
    vi.stubEnv("NODE_ENV", "development");
    expect((await getArticles({ contentDir })).map((article) => article.slug)).toEqual([
      "draft-ideas",
      "strength-basics",
    ]);
  });

  it("refuses to hand pages a file with mistakes, naming each", async () => {
    await expect(
      getCertifications({ contentDir: "tests/fixtures/content-bad-frontmatter" }),
    ).rejects.toThrow(/cscs\.mdx:2 description is missing/);
  });

  it("reads frontmatter, the route from the file name, and the sections with their ids", async () => {
    const [article] = await getArticles({ contentDir, includeDrafts: false });
    expect(article?.route).toBe("/articles/strength-basics");
    expect(article?.frontmatter).toMatchObject({
      title: "Strength basics",
      published: "2026-10-01",
      updated: "2026-11-01",
    });
    expect(article?.compiled.sections).toEqual([
      { id: "warm-up", title: "Warm-up", depth: 2, line: 13 },
      { id: "plan", title: "The plan", depth: 3, line: 17 },
    ]);
  });
});

describe("pages that moved", () => {
  it("answers an old slug from redirectFrom with the page's new address, and prerenders it", async () => {
    const articles = await getArticles({ contentDir, includeDrafts: false });
    expect(await findPage(articles, "strength-101")).toEqual({
      redirectTo: "/articles/strength-basics",
    });
    expect(await findPage(articles, "no-such-page")).toBeUndefined();
    expect(staticSlugs(articles)).toEqual([{ slug: "strength-basics" }, { slug: "strength-101" }]);
  });
});
