import "server-only";
// What the campaign report counts: when each lead arrived and where it came from, for leads
// that arrived in a period. created_at is an ISO text in both databases, so the range is a
// plain comparison with no dialect branch; days are worked out in TypeScript (lib/leads/staff).
import type { Db } from "@/lib/db";

export type ReportLead = {
  created_at: string;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  landing_page: string | null;
  tracked_link: string | null;
};

/** Leads received at or after `from` and before `until` (ISO instants), oldest first. */
export function reportLeads(db: Db, range: { from: string; until: string }): Promise<ReportLead[]> {
  return db
    .selectFrom("leads")
    .select([
      "created_at",
      "utm_source",
      "utm_medium",
      "utm_campaign",
      "landing_page",
      "tracked_link",
    ])
    .where("created_at", ">=", range.from)
    .where("created_at", "<", range.until)
    .orderBy("created_at")
    .execute();
}
