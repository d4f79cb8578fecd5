import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";
import { copySettings } from "@/tests/fixtures/settings";

/** content:check over these files (outside git, so only `published` counts as published). */
async function problemsOf(files: Record<string, string>, published?: Record<string, string[]>) {
  const dir = mkdtempSync(path.join(tmpdir(), "altus-check-"));
  copySettings(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  if (published)
    writeFileSync(path.join(dir, "published-sections.json"), JSON.stringify(published));
  const report = await checkContent({ contentDir: dir });
  return report.problems.map((problem) =>
    formatProblem({ ...problem, file: path.relative(dir, problem.file) }),
  );
}

const frontmatter = (...lines: string[]) =>
  ["---", "title: Target", "published: 2026-11-25", ...lines, "---", ""].join("\n");

/** A valid, published article that links into the target page. */
const guide = (...urls: string[]) =>
  [
    "---",
    "title: Guide",
    "description: Links to the target page.",
    "published: 2026-11-25",
    "---",
    "",
    ...urls.map((url) => `See [this](${url}).`),
  ].join("\n");

describe("a file with mistakes in content:check", () => {
  it("reports a body that does not compile once, and links into the page stay quiet", async () => {
    expect(
      await problemsOf({
        "articles/target.mdx": `${frontmatter()}\n## Intro [#intro]\n\nOpens <Callout and never closes.\n`,
        "articles/guide.mdx": guide("/articles/target", "/articles/target#intro"),
      }),
    ).toEqual([
      'articles/target.mdx:2 description is missing; add a line like  description: "…"',
      expect.stringMatching(/^articles\/target\.mdx:8 MDX syntax error: /),
    ]);
  });

  it("reads nothing from frontmatter that is not YAML, yet checks the body's links", async () => {
    const target = [
      "---",
      'title: "Target',
      "description: Unclosed quote above.",
      "published: 2026-11-25",
      "anchorAliases:",
      "  old-intro: intro",
      "---",
      "",
      "## Intro [#intro]",
      "",
      "See [nothing](/articles/nowhere).",
    ].join("\n");
    expect(
      await problemsOf(
        {
          "articles/target.mdx": target,
          "articles/guide.mdx": guide("/articles/target#old-intro"),
        },
        { "/articles/target": ["intro", "old-intro"] },
      ),
    ).toEqual([
      expect.stringMatching(/^articles\/target\.mdx:\d+ frontmatter is not valid YAML: /),
      "articles/target.mdx:11 link to /articles/nowhere: there is no page /articles/nowhere",
    ]);
  });

  it("leaves drafts out of it while the draft flag is neither true nor false", async () => {
    expect(
      await problemsOf({
        "articles/target.mdx": `${frontmatter("description: D", 'draft: "yes"')}\nSee [notes](/articles/notes).\n`,
        "articles/notes.mdx": `${frontmatter("description: D", "draft: true")}\nNotes.\n`,
        "articles/guide.mdx": guide("/articles/target"),
      }),
    ).toEqual(["articles/target.mdx:5 draft must be true or false"]);
  });

  it("still locks the published ids of a page whose other fields are wrong", async () => {
    expect(
      await problemsOf(
        {
          "articles/target.mdx": `${frontmatter("anchorAliases:", "  old-intro: intro")}\n## Intro [#intro]\n`,
        },
        { "/articles/target": ["intro", "old-intro", "steps"] },
      ),
    ).toEqual([
      'articles/target.mdx:2 description is missing; add a line like  description: "…"',
      'articles/target.mdx:4 section id "steps" was published (marketing may link to /articles/target#steps) and is gone; add it back or add an alias under anchorAliases:  steps: new-id',
    ]);
  });

  it("says nothing of ids that anchorAliases with a mistake may keep", async () => {
    expect(
      await problemsOf(
        {
          "articles/target.mdx": `${frontmatter("description: D", "anchorAliases:", "  Old-Intro: intro")}\n## Intro [#intro]\n`,
          "articles/guide.mdx": guide("/articles/target#old-intro"),
        },
        { "/articles/target": ["intro", "old-intro"] },
      ),
    ).toEqual([
      "articles/target.mdx:6 anchorAliases keys are old section ids in lower-case-with-hyphens",
    ]);
  });

  it("says nothing of old pages that redirectFrom with a mistake may keep, in its folder only", async () => {
    expect(
      await problemsOf(
        { "articles/target.mdx": `${frontmatter("description: D", "redirectFrom: old-target")}` },
        { "/articles/old-target": ["intro"], "/certifications/removed": ["intro"] },
      ),
    ).toEqual([
      "articles/target.mdx:5 redirectFrom must be a list of old slugs, e.g. [old-name]",
      "published-sections.json:1 /certifications/removed was published but no content file makes it any more; restore it or add its slug to another page's redirectFrom",
    ]);
  });

  it("does not read the YAML of a file without its opening --- as its body", async () => {
    const target = frontmatter("description: D").replace(/^---\n/, "") + "\n## Intro [#intro]\n";
    expect(
      await problemsOf({
        "articles/target.mdx": target,
        "articles/guide.mdx": guide("/articles/target#intro"),
      }),
    ).toEqual([
      "articles/target.mdx:1 frontmatter is missing; start the file with --- lines holding title, description and published",
    ]);
  });

  it("checks a certification's valid articleLink, and not one already reported invalid", async () => {
    const certification = (articleLink: string) =>
      [
        "---",
        "title: A credential",
        "published: 2026-11-25",
        "issuer: An issuer",
        "prerequisite: None stated",
        "focus: A focus",
        "suitedTo: Someone",
        `articleLink: ${articleLink}`,
        "order: 1",
        "---",
        "",
      ].join("\n");
    expect(
      await problemsOf({
        "certifications/valid-link.mdx": certification("/articles/missing#cscs"),
        "certifications/invalid-link.mdx": certification("/certifications/cscs"),
      }),
    ).toEqual([
      'certifications/invalid-link.mdx:2 description is missing; add a line like  description: "…"',
      "certifications/invalid-link.mdx:8 articleLink must look like /articles/personal-trainer-vs-coach#cscs",
      'certifications/valid-link.mdx:2 description is missing; add a line like  description: "…"',
      "certifications/valid-link.mdx:8 link to /articles/missing#cscs: there is no page /articles/missing",
    ]);
  });
});
