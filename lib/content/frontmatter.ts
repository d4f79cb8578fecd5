// Splits an MDX file into YAML frontmatter and body, and validates the frontmatter with a
// Zod schema, mapping each problem back to the line of the file it is on.
import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";

export type ContentProblem = { file: string; line: number; message: string };

export type SplitSource = { yaml: string | undefined; body: string };

/** A collection's frontmatter rules, whole and with every field optional. */
export type FrontmatterSchemas<F> = { schema: z.ZodType<F>; partialSchema: z.ZodType<Partial<F>> };

export type ParsedFrontmatter<F> =
  | { ok: true; data: F }
  | {
      ok: false;
      problems: ContentProblem[];
      /** The fields that are valid on their own, so the rest of the file can still be checked. */
      valid: Partial<F>;
      /** Fields a problem above is about: their value is unknown. "all" when none can be read. */
      invalid: ReadonlySet<string> | "all";
    };

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

function unreadable<F>(problems: ContentProblem[]): ParsedFrontmatter<F> {
  return { ok: false, problems, valid: {}, invalid: "all" };
}

/** Keeps every field no issue is about; one issue about the whole frontmatter keeps nothing. */
function validFields<F>(
  raw: unknown,
  issues: z.ZodError["issues"],
  schemas: FrontmatterSchemas<F>,
) {
  const invalid = new Set<string>();
  for (const issue of issues) {
    const [field] = issue.path;
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) invalid.add(key);
    else if (typeof field === "string") invalid.add(field);
    else return undefined;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const kept = Object.fromEntries(Object.entries(raw).filter(([field]) => !invalid.has(field)));
  const parsed = schemas.partialSchema.safeParse(kept);
  return parsed.success ? { valid: parsed.data, invalid } : undefined;
}

export function parseFrontmatter<F>(
  file: string,
  source: string,
  schemas: FrontmatterSchemas<F>,
): ParsedFrontmatter<F> {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) {
    return unreadable([
      {
        file,
        line: 1,
        message:
          "frontmatter is missing; start the file with --- lines holding title, description and published",
      },
    ]);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  // The YAML starts on line 2 of the file, after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (document.errors.length > 0) {
    return unreadable(
      document.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `frontmatter is not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    );
  }
  const raw: unknown = document.toJS() ?? {};
  const result = schemas.schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
    const node = path.length > 0 ? document.getIn(path, true) : undefined;
    const range = isNode(node) ? node.range : undefined;
    return { file, line: range ? lineOf(range[0]) : 2, message: issue.message };
  });
  const fields = validFields(raw, result.error.issues, schemas);
  return fields ? { ok: false, problems, ...fields } : unreadable(problems);
}
