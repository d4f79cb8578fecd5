import type { Metadata } from "next";
import { headers } from "next/headers";
import { ContactForm } from "@/components/contact-form";
import { FormUnavailable } from "@/components/form-unavailable";
import { getConfig } from "@/lib/config";
import { getFormWords, getPageWords } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";
import { attributionFields } from "@/lib/leads/attribution";
import { newFormSession } from "@/lib/leads/server";

export function generateMetadata(): Metadata {
  const { title, description } = getPageWords("contact");
  return pageMetadata({ title, description, path: "/contact" });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request: each form carries its own submission id and signed render time.
export default async function ContactPage({ searchParams }: Props) {
  const config = getConfig();
  const requestHeaders = await headers();
  const hidden = attributionFields(
    await searchParams,
    requestHeaders.get("referer"),
    config.SITE_URL,
    // Behind a proxy we run, the name the prospect used is in X-Forwarded-Host.
    (config.TRUST_PROXY && requestHeaders.get("x-forwarded-host")) || requestHeaders.get("host"),
  );
  const session = await newFormSession();
  const page = getPageWords("contact");
  const words = getFormWords();
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-extrabold tracking-tight">{page.title}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="text-ink-soft mt-4 text-lg">
          {paragraph}
        </p>
      ))}
      {session ? (
        <ContactForm session={{ ...session, hidden }} words={words} />
      ) : (
        <FormUnavailable words={words.closed} />
      )}
    </div>
  );
}
