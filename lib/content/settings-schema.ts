// Rules for the YAML files that hold the site's own words (site.yaml, home.yaml, pages/*.yaml).
// The browser editor (lib/editor/keystatic-config.tsx) uses the same limits, from `limits` here.
import { z } from "zod";
import { sectionId } from "./schema";

/** Character limits, shared with the editor so staff meet the same limit while typing. */
export const limits = {
  name: 40,
  tagline: 90,
  label: 40,
  title: 90,
  description: 160,
  heading: 90,
  paragraph: 320,
  /** A form field's label or a message on the contact form. */
  fieldLabel: 90,
  message: 160,
  navigation: { min: 1, max: 8 },
  intro: { min: 0, max: 4 },
  cards: { min: 1, max: 8 },
  pairs: { min: 1, max: 6 },
} as const;

/** Internal addresses only: a page of this site, optionally with #section. */
export const internalHref = /^\/(?!\/)[^\s#]*(?:#[a-z0-9-]+)?$|^#[a-z0-9-]+$/;

export const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `${issue.keys.join(", ")} is not a known field; check its spelling`
        : issue.code === "invalid_type"
          ? `this must be a group of fields (${Object.keys(shape).join(", ")})`
          : undefined,
  });

export const words = (field: string, max: number) =>
  z
    .string({ error: `${field} is missing or not text; write it in quotes, e.g.  "…"` })
    .trim()
    .min(1, `${field} is empty; write one`)
    .max(max, {
      error: (issue) =>
        `${field} is ${String(issue.input).trim().length} characters; keep it to ${max} at most`,
    });

const href = (field: string) =>
  z
    .string({ error: `${field} is missing; write the address of a page, e.g. /contact` })
    .regex(
      internalHref,
      `${field} must be the address of a page on this site, starting with one /, e.g. /contact or /articles/personal-trainer-vs-coach#goals`,
    );

const list = <T extends z.ZodType>(
  field: string,
  item: T,
  { min, max }: { min: number; max: number },
) =>
  z
    .array(item, { error: `${field} must be a list (lines starting with - )` })
    .min(min, `${field} needs at least ${min} item(s)`)
    .max(max, `${field} has too many items; keep at most ${max}`);

const id = z
  .string({ error: "id is missing; write the section's id, e.g. meaning" })
  .regex(sectionId, "id must be lower-case letters, digits and single hyphens, e.g. get-coached");

export const link = (field: string) =>
  strict({ label: words(`${field} label`, limits.label), href: href(`${field} href`) });

/**
 * Words that must keep a {placeholder} where the code puts a value in, e.g. {title}.
 * `where` says what goes there, for the message staff read when it is gone.
 */
export const withPlaceholder = (field: string, max: number, placeholder: string, where: string) =>
  words(field, max).refine(
    (text) => text.includes(`{${placeholder}}`),
    `${field} must keep {${placeholder}} where ${where}`,
  );

export const siteSettings = strict({
  name: words("name", limits.name),
  tagline: words("tagline", limits.tagline),
  menuLabel: words("menuLabel", limits.label),
  navigation: list("navigation", link("navigation item"), limits.navigation),
  skipLink: words("skipLink", limits.label),
  landmarks: strict({
    main: words("landmarks main", limits.label),
    footer: words("landmarks footer", limits.label),
    breadcrumb: words("landmarks breadcrumb", limits.label),
  }),
  homeCrumb: words("homeCrumb", limits.label),
  onThisPage: words("onThisPage", limits.label),
  dates: strict({
    published: words("dates published", limits.label),
    updated: words("dates updated", limits.label),
  }),
  sectionLink: strict({
    label: withPlaceholder(
      "sectionLink label",
      limits.heading,
      "title",
      "the section's heading goes",
    ),
    copied: words("sectionLink copied", limits.label),
  }),
  shareImage: strict({
    alt: words("shareImage alt", limits.description),
    homeKicker: words("shareImage homeKicker", limits.label),
    homeAlt: words("shareImage homeAlt", limits.description),
    articleKicker: words("shareImage articleKicker", limits.label),
    articleAlt: words("shareImage articleAlt", limits.description),
    certificationKicker: words("shareImage certificationKicker", limits.label),
    certificationAlt: words("shareImage certificationAlt", limits.description),
  }),
  feedTitle: words("feedTitle", limits.title),
});

const intro = list("intro", words("intro paragraph", limits.paragraph), limits.intro);

export const homePage = strict({
  title: words("title", limits.title),
  description: words("description", limits.description),
  intro,
  callToAction: link("callToAction"),
  articleLink: link("articleLink"),
  meaning: strict({
    id,
    heading: words("meaning heading", limits.heading),
    cards: list(
      "meaning cards",
      strict({
        title: words("card title", limits.heading),
        text: words("card text", limits.paragraph),
      }),
      limits.cards,
    ),
  }),
  promises: strict({
    id,
    heading: words("promises heading", limits.heading),
    text: words("promises text", limits.paragraph),
    pairs: list(
      "promises pairs",
      strict({
        trainer: words("pair trainer", limits.heading),
        coach: words("pair coach", limits.heading),
      }),
      limits.pairs,
    ),
  }),
  call: strict({
    id,
    heading: words("call heading", limits.heading),
    text: words("call text", limits.paragraph),
  }),
  anchorAliases: z
    .record(
      z.string().regex(sectionId, "anchorAliases keys are old section ids"),
      z.string().regex(sectionId, "anchorAliases values are current section ids"),
      { error: "anchorAliases must map old ids to new ones, e.g.  old-id: new-id" },
    )
    .optional(),
});

const pageIntroFields = {
  title: words("title", limits.title),
  description: words("description", limits.description),
  intro,
};

export const articlesPage = strict(pageIntroFields);
export const contactPage = strict(pageIntroFields);
export const certificationsPage = strict({
  ...pageIntroFields,
  tableCaption: words("tableCaption", limits.heading),
  columns: strict({
    certification: words("columns certification", limits.label),
    issuer: words("columns issuer", limits.label),
    prerequisite: words("columns prerequisite", limits.label),
    focus: words("columns focus", limits.label),
    suitedTo: words("columns suitedTo", limits.label),
  }),
});
export const thanksPage = strict({
  ...pageIntroFields,
  heading: words("heading", limits.title),
  nextHeading: words("nextHeading", limits.heading),
  nextText: withPlaceholder(
    "nextText",
    limits.paragraph,
    "within",
    "the reply time goes (left out when none is configured)",
  ),
  backLabel: words("backLabel", limits.label),
});

export const notFoundPage = strict({
  title: words("title", limits.title),
  heading: words("heading", limits.title),
  text: words("text", limits.paragraph),
  backLabel: words("backLabel", limits.label),
});

export type SiteSettings = z.infer<typeof siteSettings>;
export type HomePage = z.infer<typeof homePage>;
export type NavItem = SiteSettings["navigation"][number];
export type ArticlesPage = z.infer<typeof articlesPage>;
export type CertificationsPage = z.infer<typeof certificationsPage>;
export type ContactPage = z.infer<typeof contactPage>;
export type ThanksPage = z.infer<typeof thanksPage>;
export type NotFoundPage = z.infer<typeof notFoundPage>;
