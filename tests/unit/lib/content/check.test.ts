import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";

const broken = "tests/fixtures/content-broken";
const at = (file: string) => `${broken}/${file}`;

describe("content check", () => {
  it("reports every broken rule with file, line and a plain message", async () => {
    const report = await checkContent({ contentDir: broken });
    expect(report.problems.map(formatProblem)).toEqual([
      `${at("articles/bad-body.mdx")}:5 anchorAliases: "former" points to "nowhere", but no section has that id`,
      `${at("articles/bad-body.mdx")}:5 section id "gone" was published (marketing may link to /articles/bad-body#gone) and is gone; add it back or add an alias under anchorAliases:  gone: new-id`,
      `${at("articles/bad-body.mdx")}:11 link to #nope: /articles/bad-body has no section with id "nope"`,
      `${at("articles/bad-body.mdx")}:11 link to /articles/nothing: there is no page /articles/nothing`,
      `${at("articles/bad-body.mdx")}:13 heading "Second without id" has no section id; end the line with one, like [#my-section]`,
      `${at("articles/bad-body.mdx")}:15 section id "first" is already used on line 9; ids must be unique on a page`,
      `${at("articles/bad-body.mdx")}:17 table has no caption; put a line like  Table: Personal trainer vs coach  right before it`,
      `${at("articles/bad-body.mdx")}:23 link to /articles/unfinished: /articles/unfinished is a draft, so it is not on the site; publish it or remove the link`,
      `${at("articles/bad-fields.mdx")}:2 title is empty; write one`,
      `${at("articles/bad-fields.mdx")}:4 published must be a date written as YYYY-MM-DD, e.g. 2026-11-25`,
      `${at("articles/bad-fields.mdx")}:5 drafts is not a known field; check its spelling`,
      expect.stringMatching(
        new RegExp(`^${at("articles/syntax.mdx")}:9 MDX syntax error: Unexpected character`),
      ),
      `${at("certifications/long-description.mdx")}:3 description is 162 characters; keep it under 160 for search results`,
      `${at("certifications/long-description.mdx")}:9 link to /articles/missing-article#cscs: there is no page /articles/missing-article`,
      `${at("published-sections.json")}:1 /articles/removed was published but no content file makes it any more; restore it or add its slug to another page's redirectFrom`,
    ]);
  });

  it("reports a file with bad frontmatter once per mistake and keeps it a page for links to it", async () => {
    const dir = "tests/fixtures/content-bad-frontmatter";
    const report = await checkContent({ contentDir: dir });
    expect(report.problems.map(formatProblem)).toEqual([
      `${dir}/certifications/cscs.mdx:2 description is missing; add a line like  description: "…"`,
      `${dir}/certifications/cscs.mdx:14 link to #requirements: /certifications/cscs has no section with id "requirements"`,
    ]);
  });

  it("finds nothing wrong in valid content, counting its pages, sections and links", async () => {
    // Two MDX pages and the home page (home.yaml: three sections); links include the navigation.
    expect(await checkContent({ contentDir: "tests/fixtures/content" })).toEqual({
      problems: [],
      pages: 3,
      sections: 6,
      links: 8,
      history: "full",
    });
  });

  it("passes the site's own content", async () => {
    const report = await checkContent();
    expect(report.problems).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(4);
  });
});
