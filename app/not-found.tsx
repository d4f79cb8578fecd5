import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { SiteChrome } from "@/components/site-chrome";
import { feedAlternates } from "@/lib/seo";

export const metadata: Metadata = { title: "Page not found", alternates: feedAlternates };

export default function NotFound() {
  // Rendered under the root layout only (any unknown address, the staff area included), so it
  // brings the site's frame itself.
  return (
    <SiteChrome>
      <div className="mx-auto max-w-prose px-4 py-24 text-center sm:px-6">
        <p className="text-accent font-semibold">404</p>
        <h1 className="mt-2 text-4xl font-extrabold tracking-tight">We can’t find that page</h1>
        <p className="text-ink-soft mt-4 text-lg">
          The address may be mistyped, or the page may have moved. Start again from the home page.
        </p>
        <p className="mt-8">
          <ButtonLink href="/">Go to the home page</ButtonLink>
        </p>
      </div>
    </SiteChrome>
  );
}
