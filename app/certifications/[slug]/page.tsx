import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { Breadcrumb } from "@/components/breadcrumb";
import { JsonLd } from "@/components/json-ld";
import { getConfig } from "@/lib/config";
import { findPage, getCertifications, staticSlugs } from "@/lib/content";
import { breadcrumbJsonLd, pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getCertifications());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage(await getCertifications(), (await params).slug);
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

export default async function CertificationPage({ params }: Props) {
  const found = await findPage(await getCertifications(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  const { route, frontmatter } = found.entry;
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Certifications", path: "/certifications" },
    { name: frontmatter.title, path: route },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(getConfig().SITE_URL, crumbs)} />
      <ContentPage
        entry={found.entry}
        eyebrow={<Breadcrumb parent={{ name: "Certifications", path: "/certifications" }} />}
      />
    </>
  );
}
