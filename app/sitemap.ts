import type { MetadataRoute } from "next";
import { getConfig } from "@/lib/config";
import { getContentPages, listedAppRoutes } from "@/lib/content";

/** Every published page: the fixed pages, then each MDX page dated by its frontmatter. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getConfig().SITE_URL;
  const pages = await getContentPages();
  const newest = pages
    .map((page) => page.frontmatter.updated ?? page.frontmatter.published)
    .sort()
    .at(-1);
  const fixed = listedAppRoutes.map((path) => ({
    url: `${site}${path}`,
    ...(newest && path !== "/contact" ? { lastModified: newest } : {}),
  }));
  return [
    ...fixed,
    ...pages.map((page) => ({
      url: `${site}${page.route}`,
      lastModified: page.frontmatter.updated ?? page.frontmatter.published,
    })),
  ];
}
