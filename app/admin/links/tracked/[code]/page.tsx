import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionLinkCopy } from "@/components/staff/section-link-copy";
import { TrackedLinkFigures } from "@/components/staff/tracked-link-figures";
import { TrackedLinkManage } from "@/components/staff/tracked-link-manage";
import { requireStaff } from "@/lib/auth/page-guard";
import { linkTargets, normaliseCode, shortAddress, trackedDestination } from "@/lib/campaigns";
import { targetChanges, trackedLinkStats } from "@/lib/campaigns/server";
import { getConfig } from "@/lib/config";
import { getLinkablePages } from "@/lib/content";
import { formatStaffTime } from "@/lib/leads/staff";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Tracked link" };

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices: Record<string, string> = {
  created: "Tracked link made. Print its short address or QR code: both keep working for good.",
  target: "Destination changed. The short address and QR code now land there.",
  "target-unchanged": "That is already where the link goes; nothing changed.",
  archived: "Archived. The link still redirects; it no longer shows in the list.",
  restored: "Restored to the list.",
};

export default async function TrackedLinkPage({ params, searchParams }: Props) {
  await requireStaff();
  const code = normaliseCode((await params).code);
  if (!code) notFound();
  const { db } = await getLeadIntake();
  const link = await trackedLinkStats(db, code, new Date());
  if (!link) notFound();
  const { SITE_URL: siteUrl, STAFF_TIME_ZONE: timeZone } = getConfig();
  const { fixedRoutes, pages } = await getLinkablePages();
  const groups = linkTargets(siteUrl, fixedRoutes, pages);
  const changes = await targetChanges(db, code);
  const { saved } = await searchParams;
  const notice = typeof saved === "string" ? notices[saved] : undefined;
  const short = shortAddress(siteUrl, code);
  return (
    <article className="space-y-8">
      <header>
        <p>
          <Link href="/admin/links/tracked" className="text-brand-800 underline underline-offset-4">
            All tracked links
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight break-all">{short}</h1>
        {link.archived_at && (
          <p className="text-ink-soft mt-1">
            Archived {formatStaffTime(link.archived_at, timeZone)}; it still redirects.
          </p>
        )}
        {notice && (
          <p role="status" className="bg-brand-50 mt-4 rounded-md p-3">
            {notice}
          </p>
        )}
        <div className="mt-3">
          <SectionLinkCopy url={short} name="the short address" />
        </div>
      </header>
      <section aria-labelledby="lands">
        <h2 id="lands" className="text-xl font-bold">
          Where it lands
        </h2>
        <p className="mt-2 font-mono text-sm break-all">{`${siteUrl}${trackedDestination(link)}`}</p>
      </section>
      <TrackedLinkFigures link={link} />
      <TrackedLinkManage link={link} groups={groups} siteUrl={siteUrl} />
      <section aria-labelledby="history">
        <h2 id="history" className="text-xl font-bold">
          History
        </h2>
        <ul className="mt-2 space-y-1">
          {changes.map((change, index) => (
            <li key={index}>
              {formatStaffTime(change.at, timeZone)}: {change.staff_email} moved it from{" "}
              <span className="font-mono text-sm break-all">{change.from_target}</span> to{" "}
              <span className="font-mono text-sm break-all">{change.to_target}</span>
            </li>
          ))}
          <li>
            {formatStaffTime(link.created_at, timeZone)}: made by {link.created_by}
          </li>
        </ul>
      </section>
    </article>
  );
}
