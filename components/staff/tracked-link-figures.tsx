import Link from "next/link";
import type { TrackedLinkStats } from "@/lib/campaigns/server";
import { leadsPerClick } from "@/lib/campaigns";
import { LinkFigureList } from "./link-figure-list";

/** A link's clicks and leads, as a list of terms (reads at any width). */
export function TrackedLinkFigures({ link }: { link: TrackedLinkStats }) {
  const figures: [string, string | number][] = [
    ["Clicks in the last 7 days", link.clicks7],
    ["Clicks in the last 30 days", link.clicks30],
    ["Clicks in all", link.clicksAll],
    ["Of which QR scans", link.qrClicks],
    ["Leads that came through it", link.leads],
    ["Leads ÷ clicks", leadsPerClick(link.leads, link.clicksAll)],
  ];
  return (
    <section aria-labelledby="figures">
      <h2 id="figures" className="text-xl font-bold">
        Clicks and leads
      </h2>
      <LinkFigureList figures={figures} />
      {link.leads > 0 && (
        <p className="mt-3">
          <Link
            href={`/admin?link=${link.code}`}
            className="text-brand-800 underline underline-offset-4"
          >
            See these leads
          </Link>
        </p>
      )}
    </section>
  );
}
