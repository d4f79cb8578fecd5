import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { getConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

export default function ThanksPage() {
  const replyWithin = getConfig().LEADS_REPLY_WITHIN;
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
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
