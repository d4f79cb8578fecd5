// Content is data, not code. MDX runs `import`, `export` and `{…}` as JavaScript when a page is
// built, so a file saved from the browser editor could run anything on the build machine. This
// check reads the parsed tree and stops compile.ts before any JavaScript is made of the file.
import type { Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from "mdast-util-mdx";
import { visit } from "unist-util-visit";

/**
 * The components content may use by name, each with an example for messages; add one here only
 * once components/mdx-components.tsx renders it (and the editor's config offers it).
 */
export const contentComponents: Readonly<Record<string, string>> = {
  CallToAction: '<CallToAction href="/contact">Get coached</CallToAction>',
};

/** Code found in a file, by line. */
export type CodeFound = { line: number; message: string };

const exampleOf = (component: string) => contentComponents[component] ?? "";
const examples = Object.values(contentComponents).map((example) => `\`${example}\``);

/** A long piece of code shown in a message is cut, so the line stays readable. */
const shown = (code: string) => {
  const flat = code.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

const codeMessages = {
  esm: (keyword: string) =>
    `A line starting with \`${keyword}\` is read as code, which can’t be used in content. Remove the line, or reword it so it doesn’t start with \`${keyword}\`.`,
  expression: (code: string) =>
    `Code like \`{${shown(code)}}\` can’t be used in content. Remove it, or write the text without curly braces (use \\{ if you need one).`,
  attribute: (component: string, code: string) =>
    `In \`<${component}>\`, \`${shown(code)}\` is code, which can’t be used in content. Write the value in quotes instead, like \`${exampleOf(component)}\`.`,
  spread: (component: string, code: string) =>
    `In \`<${component}>\`, \`${shown(code)}\` is code, which can’t be used in content. Remove it and write each value in quotes, like \`${exampleOf(component)}\`.`,
  component: (name: string) =>
    `\`<${name}>\` isn’t one of the site’s components, so it can’t be used in content. Remove it (write plain text or Markdown instead), or use one the site has: ${examples.join(" or ")}.`,
};

const lineOf = (node: { position?: { start: { line: number } } }, fallback = 1) =>
  node.position?.start.line ?? fallback;

/** One finding per `import` or `export` statement, on its own line. */
function esmFound(node: MdxjsEsm): CodeFound[] {
  const statements = node.data?.estree?.body ?? [];
  // Without a parsed program the block is still code: refuse it as a whole.
  if (statements.length === 0)
    return [
      { line: lineOf(node), message: codeMessages.esm(node.value.trim().split(/\s/)[0] ?? "") },
    ];
  return statements.map((statement) => ({
    line: statement.loc?.start.line ?? lineOf(node),
    message: codeMessages.esm(statement.type.startsWith("Import") ? "import" : "export"),
  }));
}

/** An unknown component is reported alone: removing it removes its attributes too. */
function elementFound(node: MdxJsxFlowElement | MdxJsxTextElement): CodeFound[] {
  const name = node.name ?? "";
  if (!Object.hasOwn(contentComponents, name))
    return [{ line: lineOf(node), message: codeMessages.component(name) }];
  return node.attributes.flatMap((attribute) => {
    const line = lineOf(attribute, lineOf(node));
    if (attribute.type === "mdxJsxExpressionAttribute")
      return [{ line, message: codeMessages.spread(name, `{${attribute.value}}`) }];
    if (typeof attribute.value === "object" && attribute.value !== null)
      return [
        {
          line,
          message: codeMessages.attribute(name, `${attribute.name}={${attribute.value.value}}`),
        },
      ];
    return [];
  });
}

function found(node: Root | RootContent): CodeFound[] {
  switch (node.type) {
    case "mdxjsEsm":
      return esmFound(node);
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return [{ line: lineOf(node), message: codeMessages.expression(node.value) }];
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return elementFound(node);
    default:
      return [];
  }
}

/** Every piece of code in a parsed file, in the order it appears. */
function codeInContent(tree: Root): CodeFound[] {
  const all: CodeFound[] = [];
  visit(tree, (node) => {
    all.push(...found(node));
  });
  return all;
}

/** Thrown by remarkRefuseCode to stop the compile; compile.ts turns it into content problems. */
export class CodeInContent extends Error {
  override name = "CodeInContent";
  constructor(readonly found: CodeFound[]) {
    super(found.map((item) => `${item.line}: ${item.message}`).join("\n"));
  }
}

/** Remark plugin, first in the chain: a file with code in it goes no further. */
export function remarkRefuseCode() {
  return (tree: Root) => {
    const all = codeInContent(tree);
    if (all.length > 0) throw new CodeInContent(all);
  };
}

/**
 * Braces or an `import`/`export` line that are not even valid code fail while parsing, before
 * any tree exists; staff get the same message as for code that parses, not a parser's words.
 */
export function unparsedCodeMessage(
  error: { source?: string | null; line?: number | null },
  body: string,
): string | undefined {
  if (error.source === "micromark-extension-mdx-expression") return codeMessages.expression("…");
  if (error.source !== "micromark-extension-mdxjs-esm") return undefined;
  const text = body.split(/\r?\n/)[(error.line ?? 1) - 1] ?? "";
  return codeMessages.esm(/^\s*(export|import)\b/.exec(text)?.[1] ?? "import");
}
