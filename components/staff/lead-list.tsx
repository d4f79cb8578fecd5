import Link from "next/link";
import type { LeadRow, LeadStatus } from "@/lib/leads/server";
import {
  campaignLabel,
  contactMethodLabel,
  formatStaffTime,
  goalsLabel,
  statusLabels,
} from "@/lib/leads/staff";

type InboxLead = LeadRow & { status: LeadStatus };

/**
 * One row per lead. On a phone each lead is a stacked card; from md up the same list lays
 * out as aligned columns. It is one list either way, so nothing is read out twice.
 */
export function LeadList({ leads, timeZone }: { leads: InboxLead[]; timeZone: string }) {
  if (leads.length === 0) {
    return <p className="text-ink-soft mt-8">No leads match these filters.</p>;
  }
  return (
    <div className="mt-6">
      {/* Column names for sighted desktop users; each cell carries its own label for others. */}
      <div
        aria-hidden="true"
        className="text-ink-soft hidden gap-4 px-4 pb-2 text-sm font-semibold md:grid md:grid-cols-[1.4fr_1.2fr_0.7fr_1.1fr_0.7fr_1.4fr]"
      >
        <span>Name</span>
        <span>Goals</span>
        <span>Contact by</span>
        <span>Received</span>
        <span>Status</span>
        <span>Came from</span>
      </div>
      <ul className="divide-brand-100 border-brand-100 divide-y rounded-lg border">
        {leads.map((lead) => (
          <li
            key={lead.id}
            className="grid gap-1 p-4 md:grid-cols-[1.4fr_1.2fr_0.7fr_1.1fr_0.7fr_1.4fr] md:items-baseline md:gap-4"
          >
            <p className="font-semibold break-words">
              <Link
                href={`/admin/leads/${lead.id}`}
                className="text-brand-800 underline underline-offset-4"
              >
                {lead.name}
              </Link>
            </p>
            <p className="break-words">
              <span className="text-ink-soft md:sr-only">Goals: </span>
              {goalsLabel(lead.goals)}
            </p>
            <p>
              <span className="text-ink-soft md:sr-only">Contact by: </span>
              {contactMethodLabel(lead.contact_method)}
            </p>
            <p>
              <span className="text-ink-soft md:sr-only">Received: </span>
              {formatStaffTime(lead.created_at, timeZone)}
            </p>
            <p>
              <span className="text-ink-soft md:sr-only">Status: </span>
              <span className="bg-brand-50 text-brand-900 rounded px-2 py-0.5 text-sm font-semibold">
                {statusLabels[lead.status]}
              </span>
            </p>
            <p className="text-ink-soft text-sm break-words">
              <span className="md:sr-only">Came from: </span>
              {[lead.landing_page, campaignLabel(lead)].filter(Boolean).join(" · ") || "Direct"}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
