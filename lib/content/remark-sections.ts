// Remark plugin: a heading written `## Scope [#scope]` gets the id `scope` (the design's stable
// section ids), a paragraph `Table: Caption` right before a table becomes that table's caption,
// and the page's sections and links are collected for the loader and the content check.
import type { Heading, Link, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type {} from "mdast-util-mdx-jsx";
// Brings in the `hProperties` field that mdast-util-to-hast reads from node data.
import type {} from "mdast-util-to-hast";

export type Section = { id: string; title: string; depth: 2 | 3; line: number };
export type ContentLink = { url: string; line: number };

declare module "vfile" {
  interface DataMap {
    sections: Section[];
    links: ContentLink[];
  }
}

const trailingId = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

function plainText(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return nodes
    .map((node) =>
      "value" in node && typeof node.value === "string"
        ? node.value
        : "children" in node
          ? plainText(node.children)
          : "",
    )
    .join("");
}

function markSection(node: Heading, file: VFile, sections: Section[]) {
  if (node.depth !== 2 && node.depth !== 3) return;
  const last = node.children.at(-1);
  const match = last?.type === "text" ? trailingId.exec(last.value) : null;
  if (!last || last.type !== "text" || !match?.[1]) {
    file.message(
      `heading "${plainText(node.children).trim()}" has no section id; end the line with one, like [#${"my-section"}]`,
      node,
    );
    return;
  }
  last.value = last.value.slice(0, match.index);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
  sections.push({
    id: match[1],
    title: plainText(node.children).trim(),
    depth: node.depth,
    line: node.position?.start.line ?? 0,
  });
}

function captionTables(parent: { children: RootContent[] }) {
  for (const child of parent.children)
    if ("children" in child && child.type !== "table")
      captionTables(child as { children: RootContent[] });
  for (let index = parent.children.length - 1; index > 0; index -= 1) {
    const node = parent.children[index];
    const before = parent.children[index - 1];
    if (node?.type !== "table" || before?.type !== "paragraph") continue;
    const caption = /^Table:\s*(.+)$/s.exec(plainText((before as Paragraph).children).trim());
    if (!caption?.[1]) continue;
    const table: Table = node;
    table.data = {
      ...table.data,
      hProperties: { ...table.data?.hProperties, dataCaption: caption[1] },
    };
    parent.children.splice(index - 1, 1);
  }
}

export function remarkSections() {
  return (tree: Root, file: VFile) => {
    const sections: Section[] = [];
    const links: ContentLink[] = [];
    visit(tree, "heading", (node: Heading) => markSection(node, file, sections));
    visit(tree, "link", (node: Link) => {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    });
    visit(tree, (node) => {
      if (
        (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
        "attributes" in node
      ) {
        for (const attribute of node.attributes) {
          if (
            attribute.type === "mdxJsxAttribute" &&
            attribute.name === "href" &&
            typeof attribute.value === "string"
          ) {
            links.push({ url: attribute.value, line: node.position?.start.line ?? 0 });
          }
        }
      }
    });
    captionTables(tree);
    visit(tree, "table", (node: Table) => {
      if (!node.data?.hProperties?.dataCaption)
        file.message(
          "table has no caption; put a line like  Table: Personal trainer vs coach  right before it",
          node,
        );
    });
    file.data.sections = sections;
    file.data.links = links;
  };
}
