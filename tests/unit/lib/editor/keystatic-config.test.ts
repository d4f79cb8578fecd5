// The editor and the content check must agree on what a page has: a field the check knows but
// the editor lacks could never be set from the browser, and one the editor writes but the check
// does not know would fail every build.
import { describe, expect, it } from "vitest";
import keystaticConfig from "@/lib/editor/keystatic-config";
import { articleFrontmatter, certificationFrontmatter } from "@/lib/content/schema";

const collections = keystaticConfig.collections ?? {};
const frontmatterFields = (name: "articles" | "certifications") =>
  Object.keys(collections[name]?.schema ?? {})
    .filter((field) => field !== "body")
    .sort();

describe("the editor's collections", () => {
  it("cover exactly the content schema's frontmatter fields", () => {
    expect(frontmatterFields("articles")).toEqual(Object.keys(articleFrontmatter.shape).sort());
    expect(frontmatterFields("certifications")).toEqual(
      Object.keys(certificationFrontmatter.shape).sort(),
    );
  });

  it("edit the files the site reads, with the page text as the MDX body", () => {
    expect(collections.articles?.path).toBe("content/articles/*");
    expect(collections.certifications?.path).toBe("content/certifications/*");
    expect(collections.articles?.format).toEqual({ contentField: "body" });
    expect(collections.certifications?.format).toEqual({ contentField: "body" });
  });

  it("saves locally outside a GitHub build (which only next dev serves)", () => {
    expect(keystaticConfig.storage.kind).toBe("local");
  });
});

describe("the editor's limits", () => {
  const schema: Record<string, unknown> = collections.certifications?.schema ?? {};
  const refuses = (field: string, value: unknown) => {
    const formField = schema[field] as { validate: (value: unknown) => unknown } | undefined;
    if (!formField) throw new Error(`no field ${field}`);
    try {
      formField.validate(value);
      return false;
    } catch {
      return true;
    }
  };

  it.each([
    ["description", 160],
    ["issuer", 120],
    ["prerequisite", 160],
    ["focus", 160],
    ["suitedTo", 160],
  ])("%s: the content schema's %i characters and no more, and not empty", (field, max) => {
    expect(refuses(field, "a".repeat(max))).toBe(false);
    expect(refuses(field, "a".repeat(max + 1))).toBe(true);
    expect(refuses(field, "")).toBe(true);
    expect(refuses(field, "   ")).toBe(true);
  });

  it("title: 90 characters at most; address: lower-case words with hyphens", () => {
    expect(refuses("title", { name: "a".repeat(90), slug: "a" })).toBe(false);
    expect(refuses("title", { name: "a".repeat(91), slug: "a" })).toBe(true);
    expect(refuses("title", { name: "A title", slug: "Not_OK" })).toBe(true);
  });

  it("articleLink must name an article section", () => {
    expect(refuses("articleLink", "/articles/personal-trainer-vs-coach#cscs")).toBe(false);
    expect(refuses("articleLink", "/certifications/cscs")).toBe(true);
  });
});
