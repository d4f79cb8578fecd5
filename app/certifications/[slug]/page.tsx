import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ContentPage } from "@/components/content-page";
import { findPage, getCertifications, staticSlugs } from "@/lib/content";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return staticSlugs(await getCertifications());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage(await getCertifications(), (await params).slug);
  if (!found || !("entry" in found)) return {};
  return { title: found.entry.frontmatter.title, description: found.entry.frontmatter.description };
}

export default async function CertificationPage({ params }: Props) {
  const found = await findPage(await getCertifications(), (await params).slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  const eyebrow = (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <Link
        href="/certifications"
        className="text-brand-700 font-medium underline underline-offset-4"
      >
        Certifications
      </Link>
    </nav>
  );
  return <ContentPage entry={found.entry} eyebrow={eyebrow} />;
}
