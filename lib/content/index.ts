import "server-only";
// Public face of lib/content: what pages, the sitemap and scripts ask of the content.
import {
  articles,
  certifications,
  listedAppRoutes,
  type BaseFrontmatter,
  type Collection,
} from "./collections";
import { runMdx } from "./compile";
import { loadCollection, type Entry, type LoaderOptions } from "./loader";
import type { ArticleFrontmatter, CertificationFrontmatter } from "./schema";
import { defaultContentDir } from "./loader";
import { contentErrorOf } from "./errors";
import { getHomeLinkPage } from "./site-words";

export { checkContent, type CheckReport } from "./check";
export { readPublishedSections, publishedSectionsFile } from "./published-check";
export { articles, certifications, allCollections, listedAppRoutes } from "./collections";
export type { ContentProblem } from "./frontmatter";
export { contentComponents } from "./mdx-safety";
export { linkedText, type TextPart } from "./linked-text";
export type { Section } from "./remark-sections";
export type { Entry, LoaderOptions } from "./loader";
export type { ArticleFrontmatter, CertificationFrontmatter } from "./schema";
export type {
  ArticlesPage,
  CertificationsPage,
  ContactPage,
  HomePage,
  NavItem,
  SiteSettings,
  ThanksPage,
} from "./settings-schema";

export type Article = Entry<ArticleFrontmatter>;
export type Certification = Entry<CertificationFrontmatter>;

export { ContentError, formatProblem } from "./errors";

export { defaultContentDir };
export {
  getFormWords,
  getHome,
  getHomeLinkPage,
  getHomeSections,
  getPageWords,
  getSite,
} from "./site-words";
export type { ContactFormWords, LeadMessages } from "./form-words-schema";

async function entriesOf<F extends BaseFrontmatter>(
  collection: Collection<F>,
  options?: LoaderOptions,
): Promise<Entry<F>[]> {
  const { entries, problems } = await loadCollection(collection, options);
  if (problems.length > 0) {
    throw contentErrorOf(problems);
  }
  return entries;
}

export async function getArticles(options?: LoaderOptions): Promise<Article[]> {
  return (await entriesOf(articles, options)).sort((a, b) =>
    b.frontmatter.published.localeCompare(a.frontmatter.published),
  );
}

export async function getCertifications(options?: LoaderOptions): Promise<Certification[]> {
  return (await entriesOf(certifications, options)).sort(
    (a, b) => a.frontmatter.order - b.frontmatter.order,
  );
}

/** The page a slug stands for, or the route it moved to (from a page's redirectFrom). */
export async function findPage<F extends BaseFrontmatter>(
  entries: Entry<F>[],
  slug: string,
): Promise<{ entry: Entry<F> } | { redirectTo: string } | undefined> {
  const entry = entries.find((candidate) => candidate.slug === slug);
  if (entry) return { entry };
  const moved = entries.find((candidate) => candidate.frontmatter.redirectFrom?.includes(slug));
  return moved ? { redirectTo: moved.route } : undefined;
}

/** Slugs a collection's pages answer to, old ones included, for generateStaticParams. */
export function staticSlugs<F extends BaseFrontmatter>(entries: Entry<F>[]): { slug: string }[] {
  return entries
    .flatMap((entry) => [entry.slug, ...(entry.frontmatter.redirectFrom ?? [])])
    .map((slug) => ({ slug }));
}

export function renderContent<F extends BaseFrontmatter>(entry: Entry<F>) {
  return runMdx(entry.compiled);
}

/** Every content page in the build, for the sitemap and the list of linkable sections. */
export async function getContentPages(options?: LoaderOptions): Promise<Entry<BaseFrontmatter>[]> {
  return [...(await getArticles(options)), ...(await getCertifications(options))];
}

/**
 * Every address marketing may link to, for /admin/links and content:links: the fixed pages
 * without sections, then the home page and each content page with their sections.
 */
export async function getLinkablePages(options?: LoaderOptions) {
  const pages = await getContentPages({ ...options, includeDrafts: false });
  return {
    fixedRoutes: listedAppRoutes.filter((route) => route !== "/"),
    pages: [getHomeLinkPage(options), ...pages],
  };
}
