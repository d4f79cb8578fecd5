import type { Metadata } from "next";
import { InboxFilters } from "@/components/staff/inbox-filters";
import { LeadList } from "@/components/staff/lead-list";
import { Pagination } from "@/components/staff/pagination";
import { getConfig } from "@/lib/config";
import { getLeadIntake } from "@/lib/leads/server";
import { inboxFilter, inboxHref, parseInboxQuery, toSearchParams } from "@/lib/leads/staff";
import { requireStaff } from "@/lib/auth/page-guard";
import { inboxPage, inboxPageSize, statusCounts, usedCampaignValues } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Leads" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  await requireStaff();
  const timeZone = getConfig().STAFF_TIME_ZONE;
  const query = parseInboxQuery(toSearchParams(await searchParams));
  const filter = inboxFilter(query, timeZone);
  const page = query.page ?? 1;
  const { db } = await getLeadIntake();
  const [{ rows, total }, counts, source, medium, campaign, landing] = await Promise.all([
    inboxPage(db, filter, page),
    statusCounts(db, filter),
    usedCampaignValues(db, "utm_source"),
    usedCampaignValues(db, "utm_medium"),
    usedCampaignValues(db, "utm_campaign"),
    usedCampaignValues(db, "landing_page"),
  ]);
  const pages = Math.max(1, Math.ceil(total / inboxPageSize));
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-extrabold tracking-tight">Leads</h1>
        <a
          href={inboxHref("/admin/leads.csv", query, { page: undefined })}
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Download these {total} as CSV
        </a>
      </div>
      <InboxFilters query={query} counts={counts} choices={{ source, medium, campaign, landing }} />
      <LeadList leads={rows} timeZone={timeZone} />
      <Pagination
        page={page}
        pages={pages}
        total={total}
        href={(to) => inboxHref("/admin", query, { page: to })}
      />
    </>
  );
}
