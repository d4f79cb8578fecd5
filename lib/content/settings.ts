// Reads the YAML files that hold the site's own words: the site settings, the home page, the
// intros of the fixed pages and the contact form's words. They are Keystatic singletons, so each file is exactly where and
// how the editor writes it (`path: "content/home"` → content/home.yaml, YAML by js-yaml's dump).
// Read synchronously: page metadata and the header need the words outside async code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./frontmatter";
import type { ContentLink, Section } from "./remark-sections";
import {
  articlesPage,
  certificationsPage,
  contactPage,
  homePage,
  notFoundPage,
  siteSettings,
  thanksPage,
  type ArticlesPage,
  type CertificationsPage,
  type ContactPage,
  type HomePage,
  type NotFoundPage,
  type SiteSettings,
  type ThanksPage,
} from "./settings-schema";
import { contactFormWords, type ContactFormWords } from "./form-words-schema";

export type SettingsFile<T> = {
  /** Relative to content/, as the editor's singleton path plus ".yaml". */
  file: string;
  /** The page whose words it holds; a site-wide file counts as the home page's for #links. */
  route: string;
  schema: z.ZodType<T>;
};

type SettingsShapes = {
  site: SiteSettings;
  home: HomePage;
  articles: ArticlesPage;
  certifications: CertificationsPage;
  contact: ContactPage;
  thanks: ThanksPage;
  notFound: NotFoundPage;
  contactForm: ContactFormWords;
};

export const settingsFiles: { [K in keyof SettingsShapes]: SettingsFile<SettingsShapes[K]> } = {
  site: { file: "site.yaml", route: "/", schema: siteSettings },
  home: { file: "home.yaml", route: "/", schema: homePage },
  articles: { file: "pages/articles.yaml", route: "/articles", schema: articlesPage },
  certifications: {
    file: "pages/certifications.yaml",
    route: "/certifications",
    schema: certificationsPage,
  },
  contact: { file: "pages/contact.yaml", route: "/contact", schema: contactPage },
  thanks: { file: "pages/thanks.yaml", route: "/contact/thanks", schema: thanksPage },
  // Shown at any unknown address; its links resolve as the home page's do.
  notFound: { file: "pages/not-found.yaml", route: "/", schema: notFoundPage },
  contactForm: { file: "forms/contact.yaml", route: "/contact", schema: contactFormWords },
};

export type FixedPage = "articles" | "certifications" | "contact" | "thanks" | "notFound";
export type PageWords<P extends FixedPage> = SettingsShapes[P];

export type SettingsDocument<T> = {
  /** The file as messages name it, relative to the project. */
  file: string;
  route: string;
  data: T | undefined;
  problems: ContentProblem[];
  /** Every `href` and every [words](/address) in the file, valid fields or not. */
  links: ContentLink[];
  /** The line a field is on, e.g. ["promises", "id"]; 1 when the field is not in the file. */
  lineOf: (fieldPath: readonly (string | number)[]) => number;
};

const markdownLink = /\[[^\]]+\]\(([^)\s]+)\)/g;

function linksIn(
  value: unknown,
  at: (string | number)[],
  lineOf: SettingsDocument<unknown>["lineOf"],
): ContentLink[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => linksIn(item, [...at, index], lineOf));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      key === "href" && typeof item === "string"
        ? [{ url: item, line: lineOf([...at, key]) }]
        : linksIn(item, [...at, key], lineOf),
    );
  if (typeof value === "string")
    return [...value.matchAll(markdownLink)].map((match) => ({
      url: match[1] ?? "",
      line: lineOf(at),
    }));
  return [];
}

export function readSettingsFile<T>(
  definition: SettingsFile<T>,
  contentDir: string,
): SettingsDocument<T> {
  const absolute = path.join(contentDir, definition.file);
  const file = path.relative(process.cwd(), absolute);
  const base = { file, route: definition.route, data: undefined, links: [], lineOf: () => 1 };
  let source: string;
  try {
    source = readFileSync(absolute, "utf8");
  } catch {
    const message = `${definition.file} is missing from content/; restore it from git (it holds words the site shows)`;
    return { ...base, problems: [{ file, line: 1, message }] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0)
    return {
      ...base,
      problems: document.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  // A field's line is its key's line; a missing field is reported on its parent's key.
  const lineOf = (fieldPath: readonly (string | number)[]) => {
    for (let length = fieldPath.length; length > 0; length -= 1) {
      const parent =
        length === 1 ? document.contents : document.getIn(fieldPath.slice(0, length - 1), true);
      const key = fieldPath[length - 1];
      const node = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
        : isSeq(parent) && typeof key === "number"
          ? parent.items[key]
          : undefined;
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  const raw: unknown = document.toJS() ?? {};
  const links = linksIn(raw, [], lineOf);
  const result = definition.schema.safeParse(raw);
  if (result.success)
    return { file, route: definition.route, data: result.data, problems: [], links, lineOf };
  const problems = result.error.issues.map((issue) => {
    const at =
      issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const fieldPath = at.filter((key) => typeof key !== "symbol");
    return { file, line: lineOf(fieldPath), message: issue.message };
  });
  return { file, route: definition.route, data: undefined, problems, links, lineOf };
}

/** The home page's sections, in page order; each holds its id. */
export const homeSectionKeys = ["meaning", "promises", "call"] as const;

/** The home page's linkable sections, in page order, as the content check and links list see them. */
export function homeSections(document: SettingsDocument<HomePage>): Section[] | undefined {
  const home = document.data;
  if (!home) return undefined;
  return homeSectionKeys.map((key) => ({
    id: home[key].id,
    title: home[key].heading,
    depth: 2,
    line: document.lineOf([key, "id"]),
  }));
}
