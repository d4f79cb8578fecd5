import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { findPage, getArticles, staticSlugs } from "@/lib/content";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getArticles());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage(await getArticles(), (await params).slug);
  if (!found || !("entry" in found)) return {};
  return { title: found.entry.frontmatter.title, description: found.entry.frontmatter.description };
}

export default async function ArticlePage({ params }: Props) {
  const found = await findPage(await getArticles(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  return <ContentPage entry={found.entry} />;
}
