import Link from "next/link";
import { SiteNav } from "@/components/site-nav";
import { getSite } from "@/lib/content";

export function SiteHeader() {
  const site = getSite();
  return (
    <header className="border-brand-100 bg-paper/95 sticky top-0 z-40 border-b backdrop-blur">
      <div className="h-header max-w-page relative mx-auto flex items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="text-brand-800 rounded text-2xl font-extrabold tracking-tight">
          {site.name}
        </Link>
        <SiteNav items={site.navigation} menuLabel={site.menuLabel} label={site.landmarks.main} />
      </div>
    </header>
  );
}
