// Page metadata and structured data, built the same way for every page: canonical address
// from SITE_URL (via metadataBase), Open Graph and Twitter cards, schema.org JSON-LD, and the
// article feed with its autodiscovery link.
import type { Metadata } from "next";
import { getSite } from "@/lib/content";
import { articleFeed } from "./article-feed";

export { articleFeed, articleFeedXml } from "./article-feed";

// The site's words are read per call, never kept in a module constant, so that under `next dev`
// an edit in the browser editor shows on the next page view without a restart.

/**
 * The article feed's autodiscovery link, for the head of every public page. A page's
 * `alternates` replaces its layout's whole, so each public page's metadata carries it.
 */
export const feedAlternates = () =>
  ({
    types: { "application/atom+xml": [{ url: articleFeed.path, title: getSite().feedTitle }] },
  }) satisfies Metadata["alternates"];

type PageMeta = {
  title: string;
  /** The home page shows its title as is, without the "| Altus" suffix. */
  absoluteTitle?: boolean;
  description: string;
  path: string;
  article?: { published: string; updated?: string };
  /** The page's own Open Graph image route; other pages share the site-wide card. */
  image?: string;
};

export function pageMetadata({
  title,
  absoluteTitle,
  description,
  path,
  article,
  image,
}: PageMeta): Metadata {
  const site = getSite();
  const images = [
    {
      url: image ?? "/opengraph-image",
      width: 1200,
      height: 630,
      alt: image ? title : site.shareImage.alt,
    },
  ];
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, ...feedAlternates() },
    openGraph: {
      title,
      description,
      url: path,
      siteName: site.name,
      locale: "en",
      images,
      ...(article
        ? {
            type: "article",
            publishedTime: article.published,
            modifiedTime: article.updated ?? article.published,
          }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

export type Crumb = { name: string; path: string };

export function organizationJsonLd(siteUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: getSite().name,
    url: `${siteUrl}/`,
  };
}

export function breadcrumbJsonLd(siteUrl: string, crumbs: Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  };
}

export function articleJsonLd(
  siteUrl: string,
  page: { title: string; description: string; path: string; published: string; updated?: string },
) {
  const publisher = { "@type": "Organization", name: getSite().name, url: `${siteUrl}/` };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: page.title,
    description: page.description,
    datePublished: page.published,
    dateModified: page.updated ?? page.published,
    mainEntityOfPage: `${siteUrl}${page.path}`,
    image: `${siteUrl}${page.path}/opengraph-image`,
    author: publisher,
    publisher,
  };
}

/** JSON for a <script> element: `<` is escaped so no text in it can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

type FoundPage = {
  entry: {
    route: string;
    frontmatter: { title: string; description: string; published: string; updated?: string };
  };
};

/** Metadata of an MDX page with its own share image; nothing for a slug that only redirects. */
export function entryMetadata(found: FoundPage | { redirectTo: string } | undefined): Metadata {
  if (!found || !("entry" in found)) return {};
  const { route, frontmatter } = found.entry;
  return pageMetadata({
    title: frontmatter.title,
    description: frontmatter.description,
    path: route,
    article: frontmatter,
    image: `${route}/opengraph-image`,
  });
}
