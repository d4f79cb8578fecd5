// Content is data, not code: a content file with code in it is refused with its file, line and
// a message for staff, and it is never compiled, so no page build can run that code.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCollections, checkContent, formatProblem, getArticles } from "@/lib/content";
import { compileMdx } from "@/lib/content/compile";
import { splitFrontmatter } from "@/lib/content/frontmatter";

const dir = "tests/fixtures/content-code";
const at = (file: string) => `${dir}/articles/${file}`;
const button = '`<CallToAction href="/contact">Get coached</CallToAction>`';
const braces =
  "can’t be used in content. Remove it, or write the text without curly braces (use \\{ if you need one).";
const esm = (word: string) =>
  `A line starting with \`${word}\` is read as code, which can’t be used in content. Remove the line, or reword it so it doesn’t start with \`${word}\`.`;

const cases = [
  ["an import line", "import.mdx", 7, esm("import")],
  ["an export line", "export.mdx", 11, esm("export")],
  [
    "code in braces on its own line",
    "flow-expression.mdx",
    11,
    `Code like \`{new Date().getFullYear()}\` ${braces}`,
  ],
  [
    "code in braces inside a sentence",
    "inline-expression.mdx",
    9,
    `Code like \`{process.env.PRICE}\` ${braces}`,
  ],
  [
    "a component's value written as code",
    "attribute-expression.mdx",
    11,
    `In \`<CallToAction>\`, \`href={"/contact"}\` is code, which can’t be used in content. Write the value in quotes instead, like ${button}.`,
  ],
  [
    "a component's values spread from code",
    "spread-attribute.mdx",
    11,
    `In \`<CallToAction>\`, \`{...props}\` is code, which can’t be used in content. Remove it and write each value in quotes, like ${button}.`,
  ],
  [
    "a component the site does not have",
    "unknown-component.mdx",
    9,
    `\`<Callout>\` isn’t one of the site’s components, so it can’t be used in content. Remove it (write plain text or Markdown instead), or use one the site has: ${button}.`,
  ],
  [
    "braces around words that are not even code",
    "braces-in-text.mdx",
    9,
    `Code like \`{…}\` ${braces}`,
  ],
  ["a sentence that starts with the word export", "export-word.mdx", 9, esm("export")],
] as const;

const report = checkContent({ contentDir: dir });

async function compileFile(file: string) {
  const { body } = splitFrontmatter(await readFile(file, "utf8"));
  return compileMdx(file, body);
}

describe("code in content", () => {
  it.each(cases)(
    "refuses %s with its file, line and a plain message",
    async (_, file, line, message) => {
      const problems = (await report).problems.filter((problem) => problem.file === at(file));
      expect(problems.map(formatProblem)).toEqual([`${at(file)}:${line} ${message}`]);
    },
  );

  it("reports nothing else about those files", async () => {
    expect((await report).problems).toHaveLength(cases.length);
  });

  it.each(cases)("never compiles a file with %s, so no page can run it", async (_, file) => {
    expect((await compileFile(at(file))).compiled).toBeUndefined();
  });

  it("keeps such a file from every page", async () => {
    await expect(getArticles({ contentDir: dir, includeDrafts: true })).rejects.toThrow(
      /import\.mdx:7 A line starting with `import`/,
    );
  });

  it("allows the site's components with written-out values, as a block or inside a sentence", async () => {
    const body = [
      '<CallToAction href="/contact">Get coached</CallToAction>',
      "",
      'Ready? <CallToAction href="/contact" wide>Book a call</CallToAction> today \\{or tomorrow}.',
    ].join("\n");
    const outcome = await compileMdx("content/articles/ready.mdx", body);
    expect(outcome.problems).toEqual([]);
    expect(outcome.compiled).toBeDefined();
  });

  it("lets every file of the site's own content through", async () => {
    const files = await Promise.all(
      allCollections.map(async ({ folder }) =>
        (await readdir(path.join("content", folder))).map((name) =>
          path.join("content", folder, name),
        ),
      ),
    );
    for (const file of files.flat()) {
      const outcome = await compileFile(file);
      expect(outcome.problems, file).toEqual([]);
      expect(outcome.compiled, file).toBeDefined();
    }
  });
});
