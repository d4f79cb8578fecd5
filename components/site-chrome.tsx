import "@/app/globals.css";
import { JsonLd } from "@/components/json-ld";
import { LandingRecorder } from "@/components/landing-recorder";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getConfig } from "@/lib/config";
import { getSite } from "@/lib/content";
import { organizationJsonLd } from "@/lib/seo";

/** The public site's frame: skip link, header, the one <main>, footer. Staff pages have their own. */
export function SiteChrome({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      <a
        href="#main"
        className="bg-brand-800 sr-only z-50 rounded px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {getSite().skipLink}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
      <LandingRecorder />
      <JsonLd data={organizationJsonLd(getConfig().SITE_URL)} />
    </>
  );
}
