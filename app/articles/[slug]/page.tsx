import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { Breadcrumb } from "@/components/breadcrumb";
import { JsonLd } from "@/components/json-ld";
import { getConfig } from "@/lib/config";
import { findPage, getArticles, staticSlugs } from "@/lib/content";
import { articleJsonLd, breadcrumbJsonLd, pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getArticles());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage(await getArticles(), (await params).slug);
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

export default async function ArticlePage({ params }: Props) {
  const found = await findPage(await getArticles(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  const { route, frontmatter } = found.entry;
  const site = getConfig().SITE_URL;
  return (
    <>
      <JsonLd data={articleJsonLd(site, { ...frontmatter, path: route })} />
      <JsonLd
        data={breadcrumbJsonLd(site, [
          { name: "Home", path: "/" },
          { name: "Articles", path: "/articles" },
          { name: frontmatter.title, path: route },
        ])}
      />
      <ContentPage
        entry={found.entry}
        eyebrow={<Breadcrumb parent={{ name: "Articles", path: "/articles" }} />}
      />
    </>
  );
}
