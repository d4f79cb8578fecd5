import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { JsonLd } from "@/components/json-ld";
import { getConfig } from "@/lib/config";
import { getPageWords, getSite } from "@/lib/content";
import { breadcrumbJsonLd, pageMetadata } from "@/lib/seo";

export function generateMetadata(): Metadata {
  const { title, description } = getPageWords("thanks");
  return {
    ...pageMetadata({ title, description, path: "/contact/thanks" }),
    robots: { index: false },
  };
}

export default function ThanksPage() {
  const page = getPageWords("thanks");
  const replyWithin = getConfig().LEADS_REPLY_WITHIN;
  const crumbs = [
    { name: getSite().homeCrumb, path: "/" },
    { name: getPageWords("contact").title, path: "/contact" },
    { name: page.title, path: "/contact/thanks" },
  ];
  // The reply time is configuration (LEADS_REPLY_WITHIN), so the words hold a {within} slot.
  const nextText = page.nextText.replace("{within}", replyWithin ? `, within ${replyWithin}` : "");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <JsonLd data={breadcrumbJsonLd(getConfig().SITE_URL, crumbs)} />
      <h1 className="text-4xl font-extrabold tracking-tight">{page.heading}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="text-ink-soft mt-4 text-lg">
          {paragraph}
        </p>
      ))}
      <h2 className="mt-10 text-2xl font-bold">{page.nextHeading}</h2>
      <p className="text-ink-soft mt-3 text-lg">{nextText}</p>
      <p className="mt-10">
        <ButtonLink href="/" variant="secondary">
          {page.backLabel}
        </ButtonLink>
      </p>
    </div>
  );
}
