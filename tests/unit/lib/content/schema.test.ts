import { describe, expect, it } from "vitest";
import { articles, certifications } from "@/lib/content";
import { parseFrontmatter } from "@/lib/content/frontmatter";

const article = (yaml: string) =>
  parseFrontmatter("content/articles/x.mdx", `---\n${yaml}\n---\n\nBody`, articles);
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
    [
      'title: "T"\ndescription: "D"',
      ["2 published is missing; write it as YYYY-MM-DD, e.g. 2026-11-25"],
    ],
    ['title: "T"\ndescription: "  "\npublished: 2026-11-25', ["3 description is empty; write one"]],
    [
      `title: "${"t".repeat(91)}"\ndescription: "D"\npublished: 2026-11-25`,
      ["2 title is 91 characters; keep it under 90 so it fits a browser tab and search results"],
    ],
    [
      `${valid}\nredirectFrom: old-name`,
      ["5 redirectFrom must be a list of old slugs, e.g. [old-name]"],
    ],
    [
      `${valid}\nanchorAliases: old-id`,
      ["5 anchorAliases must map old ids to new ones, e.g.  old-id: new-id"],
    ],
    [
      `${valid}\nanchorAliases:\n  old-id: New Id`,
      ["6 anchorAliases values are current section ids in lower-case-with-hyphens"],
    ],
    ['title: "T\ndescription: D', [expect.stringMatching(/^\d+ frontmatter is not valid YAML/)]],
  ])("rejects %j with its line and message", (yaml, expected) => {
    expect(messages(article(yaml))).toEqual(expected);
  });

  it("asks certification pages for the comparison-table fields", () => {
    const result = parseFrontmatter(
      "content/certifications/x.mdx",
      `---\n${valid}\n---\n`,
      certifications,
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

  it.each([
    [
      "articleLink: /certifications/cscs",
      "articleLink must look like /articles/personal-trainer-vs-coach#cscs",
    ],
    ["order: 1.5", "order must be a number; it sets the position in the certifications list"],
    [
      `focus: "${"f".repeat(161)}"`,
      "focus is 161 characters; keep it under 160 for the comparison table",
    ],
  ])("rejects the certification field %j", (line, message) => {
    const fields = {
      issuer: "issuer: NSCA",
      prerequisite: "prerequisite: A four-year degree",
      focus: "focus: Athletes",
      suitedTo: "suitedTo: Coaches",
      articleLink: "articleLink: /articles/personal-trainer-vs-coach#cscs",
      order: "order: 1",
    };
    const field = line.slice(0, line.indexOf(":")) as keyof typeof fields;
    const yaml = Object.values({ ...fields, [field]: line }).join("\n");
    const result = parseFrontmatter(
      "content/certifications/x.mdx",
      `---\n${valid}\n${yaml}\n---\n`,
      certifications,
    );
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([message]);
  });

  it("says where the frontmatter belongs when a file has none", () => {
    const result = parseFrontmatter("content/articles/x.mdx", "# Just text", articles);
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
