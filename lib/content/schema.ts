// Frontmatter rules per collection. Each message starts with the field's name and says how
// to fix it, because staff read them in `npm run content:check` output.
import { z } from "zod";

export const sectionId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isoDate = (field: string) =>
  z
    .string({ error: `${field} is missing; write it as YYYY-MM-DD, e.g. 2026-11-25` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      message: `${field} must be a date written as YYYY-MM-DD, e.g. 2026-11-25`,
      abort: true,
    })
    .refine(
      (value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      `${field} is not a real calendar date`,
    );

export const text = (field: string, max: number, why: string) =>
  z
    .string({ error: `${field} is missing; add a line like  ${field}: "…"` })
    .trim()
    .min(1, `${field} is empty; write one`)
    .max(max, {
      error: (issue) =>
        `${field} is ${String(issue.input).trim().length} characters; keep it under ${max} ${why}`,
    });

const baseFields = {
  title: text("title", 90, "so it fits a browser tab and search results"),
  description: text("description", 160, "for search results"),
  published: isoDate("published"),
  updated: isoDate("updated").optional(),
  draft: z.boolean({ error: "draft must be true or false" }).optional(),
  redirectFrom: z
    .array(
      z
        .string()
        .regex(sectionId, "redirectFrom entries are old page slugs in lower-case-with-hyphens"),
      {
        error: "redirectFrom must be a list of old slugs, e.g. [old-name]",
      },
    )
    .optional(),
  anchorAliases: z
    .record(
      z
        .string()
        .regex(sectionId, "anchorAliases keys are old section ids in lower-case-with-hyphens"),
      z
        .string()
        .regex(
          sectionId,
          "anchorAliases values are current section ids in lower-case-with-hyphens",
        ),
      {
        error: (issue) =>
          issue.code === "invalid_key"
            ? "anchorAliases keys are old section ids in lower-case-with-hyphens"
            : issue.code === "invalid_type"
              ? "anchorAliases must map old ids to new ones, e.g.  old-id: new-id"
              : undefined,
      },
    )
    .optional(),
};

export const articleFrontmatter = z.strictObject(baseFields, {
  error: (issue) =>
    issue.code === "unrecognized_keys"
      ? `${issue.keys.join(", ")} is not a known field; check its spelling`
      : undefined,
});

export const certificationFrontmatter = z.strictObject(
  {
    ...baseFields,
    issuer: text("issuer", 120, "for the comparison table"),
    prerequisite: text("prerequisite", 160, "for the comparison table"),
    focus: text("focus", 160, "for the comparison table"),
    suitedTo: text("suitedTo", 160, "for the comparison table"),
    articleLink: z
      .string({
        error:
          "articleLink is missing; link the article section that explains this credential, e.g. /articles/personal-trainer-vs-coach#cscs",
      })
      .regex(
        /^\/articles\/[a-z0-9-]+#[a-z0-9-]+$/,
        "articleLink must look like /articles/personal-trainer-vs-coach#cscs",
      ),
    order: z
      .number({ error: "order must be a number; it sets the position in the certifications list" })
      .int(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `${issue.keys.join(", ")} is not a known field; check its spelling`
        : undefined,
  },
);

export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;
export type CertificationFrontmatter = z.infer<typeof certificationFrontmatter>;
