import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { JsonLd } from "@/components/json-ld";
import { getConfig } from "@/lib/config";
import { findPage, getArticles, getPageWords, staticSlugs } from "@/lib/content";
import { articleJsonLd, entryMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getArticles());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryMetadata(await findPage(await getArticles(), (await params).slug));
}

export default async function ArticlePage({ params }: Props) {
  const found = await findPage(await getArticles(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  const { route, frontmatter } = found.entry;
  return (
    <>
      <JsonLd data={articleJsonLd(getConfig().SITE_URL, { ...frontmatter, path: route })} />
      <ContentPage
        entry={found.entry}
        parent={{ name: getPageWords("articles").title, path: "/articles" }}
      />
    </>
  );
}
