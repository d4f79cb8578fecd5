// Splits an MDX file into YAML frontmatter and body, and validates the frontmatter with a
// Zod schema, mapping each problem back to the line of the file it is on.
import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";

export type ContentProblem = { file: string; line: number; message: string };

export type SplitSource = { yaml: string | undefined; body: string };

/** The body keeps the frontmatter's lines as blank lines, so MDX error lines match the file. */
export function splitFrontmatter(source: string): SplitSource {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { yaml: undefined, body: source };
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (end === -1) return { yaml: undefined, body: source };
  return {
    yaml: lines.slice(1, end).join("\n"),
    body: `${"\n".repeat(end + 1)}${lines.slice(end + 1).join("\n")}`,
  };
}

export function parseFrontmatter<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; problems: ContentProblem[] } {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          message:
            "frontmatter is missing; start the file with --- lines holding title, description and published",
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  // The YAML starts on line 2 of the file, after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `frontmatter is not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
      const node = path.length > 0 ? document.getIn(path, true) : undefined;
      const range = isNode(node) ? node.range : undefined;
      return { file, line: range ? lineOf(range[0]) : 2, message: issue.message };
    }),
  };
}
