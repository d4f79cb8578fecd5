import { describe, expect, it } from "vitest";
import { articles, certifications } from "@/lib/content";
import { parseFrontmatter } from "@/lib/content/frontmatter";

const article = (yaml: string) =>
  parseFrontmatter("content/articles/x.mdx", `---\n${yaml}\n---\n\nBody`, articles.schema);
const valid = 'title: "T"\ndescription: "D"\npublished: 2026-11-25';
const messages = (result: ReturnType<typeof article>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.line} ${problem.message}`);

describe("frontmatter rules", () => {
  it("accepts the required fields", () => {
    expect(article(valid).ok).toBe(true);
  });

  it.each([
    [
      'description: "D"\npublished: 2026-11-25',
      ['2 title is missing; add a line like  title: "…"'],
    ],
    [
      `title: "T"\ndescription: "${"x".repeat(161)}"\npublished: 2026-11-25`,
      ["3 description is 161 characters; keep it under 160 for search results"],
    ],
    [
      'title: "T"\ndescription: "D"\npublished: 2026-02-30',
      ["4 published is not a real calendar date"],
    ],
    [
      `${valid}\nupdated: yesterday`,
      ["5 updated must be a date written as YYYY-MM-DD, e.g. 2026-11-25"],
    ],
    [`${valid}\ndraft: "yes"`, ["5 draft must be true or false"]],
    [
      `${valid}\nredirectFrom: [Old Name]`,
      ["5 redirectFrom entries are old page slugs in lower-case-with-hyphens"],
    ],
    [
      `${valid}\nanchorAliases:\n  Old: new`,
      ["6 anchorAliases keys are old section ids in lower-case-with-hyphens"],
    ],
    [`${valid}\nauthor: someone`, ["5 author is not a known field; check its spelling"]],
    ['title: "T\ndescription: D', [expect.stringMatching(/^\d+ frontmatter is not valid YAML/)]],
  ])("rejects %j with its line and message", (yaml, expected) => {
    expect(messages(article(yaml))).toEqual(expected);
  });

  it("asks certification pages for the comparison-table fields", () => {
    const result = parseFrontmatter(
      "content/certifications/x.mdx",
      `---\n${valid}\n---\n`,
      certifications.schema,
    );
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      'issuer is missing; add a line like  issuer: "…"',
      'prerequisite is missing; add a line like  prerequisite: "…"',
      'focus is missing; add a line like  focus: "…"',
      'suitedTo is missing; add a line like  suitedTo: "…"',
      "articleLink is missing; link the article section that explains this credential, e.g. /articles/personal-trainer-vs-coach#cscs",
      "order must be a number; it sets the position in the certifications list",
    ]);
  });

  it("says where the frontmatter belongs when a file has none", () => {
    const result = parseFrontmatter("content/articles/x.mdx", "# Just text", articles.schema);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: "content/articles/x.mdx",
        line: 1,
        message:
          "frontmatter is missing; start the file with --- lines holding title, description and published",
      },
    ]);
  });
});
