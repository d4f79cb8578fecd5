import Link from "next/link";
import type { TrackedLinkStats } from "@/lib/campaigns/server";
import { leadsPerClick, shortAddress } from "@/lib/campaigns";
import { LinkFigureList } from "./link-figure-list";

/** One card per link (no wide table: it reads at 390 px without scrolling sideways). */
export function TrackedLinkList({
  links,
  siteUrl,
}: {
  links: TrackedLinkStats[];
  siteUrl: string;
}) {
  return (
    <ul className="mt-6 space-y-4">
      {links.map((link) => (
        <li key={link.code} className="border-brand-100 rounded-lg border p-4">
          <h2 className="text-lg font-bold break-all">
            <Link
              href={`/admin/links/tracked/${link.code}`}
              className="text-brand-800 underline underline-offset-4"
            >
              {shortAddress(siteUrl, link.code)}
            </Link>
          </h2>
          <p className="text-ink-soft mt-1 break-all">
            To <span className="text-ink font-mono text-sm">{link.target}</span> · {link.utm_source}{" "}
            / {link.utm_medium} / {link.utm_campaign}
          </p>
          <LinkFigureList
            compact
            figures={[
              ["Clicks, 7 days", link.clicks7],
              ["Clicks, 30 days", link.clicks30],
              ["Clicks, all", link.clicksAll],
              ["Leads", link.leads],
              ["Leads ÷ clicks", leadsPerClick(link.leads, link.clicksAll)],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
