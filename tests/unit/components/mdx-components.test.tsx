import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { contentComponents } from "@/lib/content";

describe("the MDX component map", () => {
  it("renders exactly the components content may use by name", () => {
    const named = Object.keys(mdxComponents({ aliasesOf: () => [] })).filter((name) =>
      /^[A-Z]/.test(name),
    );
    expect(named.sort()).toEqual(Object.keys(contentComponents).sort());
  });
});
