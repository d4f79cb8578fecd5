// Compiles MDX to a function body at build time, with GFM tables, section ids and table scopes.
// A file with code in it (mdx-safety.ts) is refused before any JavaScript is made of it, so
// whatever reaches runMdx holds only the site's components and text.
import { compile, run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import type { ContentProblem } from "./frontmatter";
import { CodeInContent, remarkRefuseCode, unparsedCodeMessage } from "./mdx-safety";
import { rehypeTableScopes } from "./rehype-table-scopes";
import { remarkSections, type ContentLink, type Section } from "./remark-sections";

export type CompiledMdx = { code: string; sections: Section[]; links: ContentLink[] };

/** Problems that still leave a page (a heading without id) come with the compiled page. */
type Outcome = { compiled?: CompiledMdx; problems: ContentProblem[] };

function isPositioned(
  error: unknown,
): error is { line?: number; reason?: string; source?: string; message: string } {
  return error instanceof Error;
}

export async function compileMdx(file: string, body: string): Promise<Outcome> {
  const vfile = new VFile({ value: body, path: file });
  try {
    const output = await compile(vfile, {
      outputFormat: "function-body",
      remarkPlugins: [remarkGfm, remarkRefuseCode, remarkSections],
      rehypePlugins: [rehypeTableScopes],
    });
    return {
      compiled: {
        code: String(output),
        sections: output.data.sections ?? [],
        links: output.data.links ?? [],
      },
      problems: output.messages.map((message) => ({
        file,
        line: message.line ?? 1,
        message: message.reason,
      })),
    };
  } catch (error) {
    if (error instanceof CodeInContent)
      return { problems: error.found.map((found) => ({ file, ...found })) };
    const line = isPositioned(error) && typeof error.line === "number" ? error.line : 1;
    const code = isPositioned(error) ? unparsedCodeMessage(error, body) : undefined;
    if (code) return { problems: [{ file, line, message: code }] };
    const reason = isPositioned(error) ? (error.reason ?? error.message) : String(error);
    return { problems: [{ file, line, message: `MDX syntax error: ${reason}` }] };
  }
}

export async function runMdx(compiled: CompiledMdx): Promise<MDXContent> {
  const mdxModule = await run(compiled.code, { ...runtime, baseUrl: import.meta.url });
  return mdxModule.default;
}
