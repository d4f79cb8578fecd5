import Link from "next/link";
import type { TrackedLinkStats } from "@/lib/campaigns/server";
import { leadsPerClick, shortAddress } from "@/lib/campaigns";

function Figure({ term, value }: { term: string; value: string | number }) {
  return (
    <div>
      <dt className="text-ink-soft text-sm">{term}</dt>
      <dd className="text-lg font-bold tabular-nums">{value}</dd>
    </div>
  );
}

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
          <dl className="mt-3 grid grid-cols-3 gap-3 sm:grid-cols-5">
            <Figure term="Clicks, 7 days" value={link.clicks7} />
            <Figure term="Clicks, 30 days" value={link.clicks30} />
            <Figure term="Clicks, all" value={link.clicksAll} />
            <Figure term="Leads" value={link.leads} />
            <Figure term="Leads ÷ clicks" value={leadsPerClick(link.leads, link.clicksAll)} />
          </dl>
        </li>
      ))}
    </ul>
  );
}
