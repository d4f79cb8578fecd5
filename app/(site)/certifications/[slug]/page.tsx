import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { findPage, getCertifications, getPageWords, staticSlugs } from "@/lib/content";
import { entryMetadata } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getCertifications());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryMetadata(await findPage(await getCertifications(), (await params).slug));
}

export default async function CertificationPage({ params }: Props) {
  const found = await findPage(await getCertifications(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  return (
    <ContentPage
      entry={found.entry}
      parent={{ name: getPageWords("certifications").title, path: "/certifications" }}
    />
  );
}
