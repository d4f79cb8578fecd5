// What content:check knows of one content file, valid or not. A file with mistakes is still a
// page (its route comes from its file name), so links to it are not reported as dead. Whatever
// its own mistakes hide is undefined, and checks that need it stay silent: each mistake is
// reported once, in its own file, and never again as a follow-on elsewhere.
import type { BaseFrontmatter } from "./collections";
import type { Document } from "./loader";
import type { ContentLink, Section } from "./remark-sections";

export type CheckedPage = {
  file: string;
  route: string;
  fieldLines: Record<string, number>;
  /** Undefined when the body did not compile. */
  sections: Section[] | undefined;
  /** Undefined when the draft flag is invalid: whether the page is meant to be live is unknown. */
  draft: boolean | undefined;
  anchorAliases: Record<string, string> | undefined;
  redirectFrom: string[] | undefined;
  /** The body's links and the frontmatter's valid *Link fields. */
  links: ContentLink[];
};

export function checkedPage(document: Document<BaseFrontmatter>): CheckedPage {
  const { frontmatter } = document;
  const fields = frontmatter.ok ? frontmatter.data : frontmatter.valid;
  const known = (field: string) =>
    frontmatter.ok || (frontmatter.invalid !== "all" && !frontmatter.invalid.has(field));
  const fieldLinks = Object.entries(fields)
    .filter(([field, value]) => field.endsWith("Link") && typeof value === "string")
    .map(([field, value]) => ({ url: String(value), line: document.fieldLines[field] ?? 2 }));
  return {
    file: document.file,
    route: document.route,
    fieldLines: document.fieldLines,
    sections: document.compiled?.sections,
    draft: known("draft") ? (fields.draft ?? false) : undefined,
    anchorAliases: known("anchorAliases") ? (fields.anchorAliases ?? {}) : undefined,
    redirectFrom: known("redirectFrom") ? (fields.redirectFrom ?? []) : undefined,
    links: [...(document.compiled?.links ?? []), ...fieldLinks],
  };
}

/** The ids a page answers to, its sections and the old ids it keeps as aliases; undefined if unknown. */
export function pageAnchors(page: CheckedPage): Set<string> | undefined {
  if (!page.sections || !page.anchorAliases) return undefined;
  return new Set([
    ...page.sections.map((section) => section.id),
    ...Object.keys(page.anchorAliases),
  ]);
}
