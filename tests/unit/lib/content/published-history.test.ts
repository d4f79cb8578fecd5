import { describe, expect, it } from "vitest";
import { sectionIdsOf } from "@/lib/content/published-history";

describe("section ids of a committed version", () => {
  it("reads plain and escaped heading ids, skipping code fences", () => {
    const source = [
      "---",
      'title: "T"',
      "---",
      "## Plain [#plain]",
      "### Escaped by the editor \\[#escaped]",
      "#### Too deep [#deep]",
      "```",
      "## In a fence [#fenced]",
      "```",
      "A line that ends [#not-a-heading]",
    ].join("\n");
    expect(sectionIdsOf(source)).toEqual(["plain", "escaped"]);
  });

  it("counts nothing from a draft or from a version whose frontmatter never parsed", () => {
    expect(sectionIdsOf("---\ndraft: true\n---\n## A [#a]\n")).toBeUndefined();
    expect(sectionIdsOf("---\ntitle: [unclosed\n---\n## A [#a]\n")).toBeUndefined();
    expect(sectionIdsOf("---\ndraft: false\n---\nNo sections.\n")).toEqual([]);
  });
});
