import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { JsonLd } from "@/components/json-ld";
import { getConfig } from "@/lib/config";
import { breadcrumbJsonLd, pageMetadata } from "@/lib/seo";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Thank you",
    description: "Your message reached Altus. Here is what happens next.",
    path: "/contact/thanks",
  }),
  robots: { index: false },
};

export default function ThanksPage() {
  const replyWithin = getConfig().LEADS_REPLY_WITHIN;
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Get coached", path: "/contact" },
    { name: "Thank you", path: "/contact/thanks" },
  ];
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <JsonLd data={breadcrumbJsonLd(getConfig().SITE_URL, crumbs)} />
      <h1 className="text-4xl font-extrabold tracking-tight">Thank you—your message reached us</h1>
      <h2 className="mt-10 text-2xl font-bold">What happens next</h2>
      <p className="text-ink-soft mt-3 text-lg">
        A coach will read what you wrote and contact you by the way you chose
        {replyWithin ? `, within ${replyWithin}` : ""}. You don’t need to send the form again.
      </p>
      <p className="mt-10">
        <ButtonLink href="/" variant="secondary">
          Back to the home page
        </ButtonLink>
      </p>
    </div>
  );
}
