// Outside the (site) route group on purpose: there Next would add a hash to this route's
// address, and the shared image links (lib/seo) must stay as they are.
import { findPage, getArticles, staticSlugs } from "@/lib/content";
import { ogContentType, ogImage, ogSize } from "@/lib/seo/og-image";

export const alt = "The article’s title on Altus’s brand colours";
export const size = ogSize;
export const contentType = ogContentType;

export async function generateStaticParams() {
  return staticSlugs(await getArticles());
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const found = await findPage(await getArticles(), (await params).slug);
  return ogImage(found && "entry" in found ? found.entry.frontmatter.title : "Altus", "Article");
}
