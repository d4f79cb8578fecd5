import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { SiteChrome } from "@/components/site-chrome";
import { getPageWords } from "@/lib/content";
import { feedAlternates } from "@/lib/seo";

export function generateMetadata(): Metadata {
  return { title: getPageWords("notFound").title, alternates: feedAlternates() };
}

export default function NotFound() {
  const page = getPageWords("notFound");
  // Rendered under the root layout only (any unknown address, the staff area included), so it
  // brings the site's frame itself.
  return (
    <SiteChrome>
      <div className="mx-auto max-w-prose px-4 py-24 text-center sm:px-6">
        <p className="text-accent font-semibold">404</p>
        <h1 className="mt-2 text-4xl font-extrabold tracking-tight">{page.heading}</h1>
        <p className="text-ink-soft mt-4 text-lg">{page.text}</p>
        <p className="mt-8">
          <ButtonLink href="/">{page.backLabel}</ButtonLink>
        </p>
      </div>
    </SiteChrome>
  );
}
