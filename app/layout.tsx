import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getConfig } from "@/lib/config";
import { getSite } from "@/lib/content";

// Inter, self-hosted and preloaded, with a size-adjusted fallback. display "optional", not
// "swap": with swap, Lighthouse under real slow-4G throttling measured layout shifts of 0.020 to
// 0.036 from the font arriving after first paint (bold headings wrap differently, and phones
// without Arial miss the adjusted fallback). With optional the font is used when it is there
// within ~100 ms (always once cached) and otherwise the page keeps the fallback: never a shift.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "optional",
  weight: "100 900",
});

// A function, not a constant, so that under `next dev` an edited site name reaches the tab
// title at once; in a build it runs once per static page, as the constant did.
export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(getConfig().SITE_URL),
    icons: { icon: "/icon.svg" },
    title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  };
}

export const viewport: Viewport = { themeColor: "#0f5c48" };

// The one root layout: the document and the font. Each area brings its own frame and styles:
// the public site in app/(site) (and the 404 page), the staff area in app/admin, the editor in
// app/(editor) — Keystatic styles itself, and the site's Tailwind reset would flatten its
// editing area — so none carries another's chrome.
export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" className={`${inter.variable} scroll-pt-anchor`}>
      <body className="bg-paper text-ink flex min-h-dvh flex-col font-sans antialiased">
        {children}
      </body>
    </html>
  );
}
