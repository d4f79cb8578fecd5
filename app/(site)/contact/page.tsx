import type { Metadata } from "next";
import { headers } from "next/headers";
import { ContactForm } from "@/components/contact-form";
import { FormUnavailable } from "@/components/form-unavailable";
import { getConfig } from "@/lib/config";
import { pageMetadata } from "@/lib/seo";
import { attributionFields } from "@/lib/leads/attribution";
import { newFormSession } from "@/lib/leads/server";

export const metadata: Metadata = pageMetadata({
  title: "Get coached",
  description:
    "Tell Altus where you’re starting and what you want to achieve, and a coach will contact you.",
  path: "/contact",
});

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
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-extrabold tracking-tight">Get coached</h1>
      <p className="text-ink-soft mt-4 text-lg">
        No matter where you’re starting, whether your goal is weight loss, strength, or peak
        performance, tell us about it here. A coach will read it and contact you the way you prefer.
      </p>
      {session ? <ContactForm session={{ ...session, hidden }} /> : <FormUnavailable />}
    </div>
  );
}
