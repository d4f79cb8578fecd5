// Outside the (site) route group on purpose: there Next would add a hash to this route's
// address, and the shared image links (lib/seo) must stay as they are.
import { findPage, getArticles, getSite, staticSlugs } from "@/lib/content";
import { ogContentType, ogImage, ogSize } from "@/lib/seo/og-image";

export const alt = getSite().shareImage.articleAlt;
export const size = ogSize;
export const contentType = ogContentType;

export async function generateStaticParams() {
  return staticSlugs(await getArticles());
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const found = await findPage(await getArticles(), (await params).slug);
  const site = getSite();
  const title = found && "entry" in found ? found.entry.frontmatter.title : site.name;
  return ogImage(title, site.shareImage.articleKicker);
}
