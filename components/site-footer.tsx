import Link from "next/link";
import { getSite } from "@/lib/content";

export function SiteFooter() {
  const site = getSite();
  return (
    <footer className="border-brand-100 bg-paper-warm mt-16 border-t">
      <div className="max-w-page mx-auto flex flex-col gap-6 px-4 py-10 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <p className="text-ink-soft">
          <span className="text-brand-800 font-bold">{site.name}</span> — {site.tagline}
        </p>
        <nav aria-label={site.landmarks.footer}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {site.navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="text-ink-soft hover:text-brand-800 rounded underline-offset-4 hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
