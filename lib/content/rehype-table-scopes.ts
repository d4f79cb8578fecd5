// Rehype plugin: Markdown tables get `scope` on their header cells, and the first cell of each
// body row becomes a row header, so screen readers announce "Coach, Goals: …" as they move.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

const elements = (node: Element) =>
  node.children.filter((child): child is Element => child.type === "element");

export function rehypeTableScopes() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "thead") {
        for (const row of elements(node))
          for (const cell of elements(row)) cell.properties = { ...cell.properties, scope: "col" };
      }
      if (node.tagName === "tbody") {
        for (const row of elements(node)) {
          const first = elements(row)[0];
          if (first) {
            first.tagName = "th";
            first.properties = { ...first.properties, scope: "row" };
          }
        }
      }
    });
  };
}
