// The campaign report: leads of a period counted per day (or week) and per source, medium,
// campaign and landing page. Days are the calendar days of STAFF_TIME_ZONE. The store hands
// back one small row per lead and the counting happens here, with Intl: simple and correct
// across DST changes in any zone, and cheap at a small business's volume (hundreds of leads a
// month); an SQL GROUP BY would need each database's own time-zone functions.
import type { Db } from "@/lib/db";
import { noValue, reportLeads, type ReportLead } from "../store";
import type { ReportPeriod } from "./report-period";
import { addDays, dayStartUtc, nextDay, staffDay } from "./time";

/** One bar of the chart: the leads (and, once tracked links count them, clicks) of its days. */
export type ReportBucket = {
  /** First and last calendar day it covers, inclusive (a week is cut to the period). */
  firstDay: string;
  lastDay: string;
  leads: number;
  clicks?: number;
};

/** One line of a breakdown: a value (noValue for leads without one) and its counts. */
export type ReportRow = { value: string; leads: number; clicks?: number };

export type CampaignReport = {
  period: ReportPeriod;
  total: number;
  series: ReportBucket[];
  bySource: ReportRow[];
  byMedium: ReportRow[];
  byCampaign: ReportRow[];
  /** The landing page as stored, so `/articles/x#goals` is a line of its own (page and section). */
  byLandingPage: ReportRow[];
};

/** The Monday of a calendar day's week. */
function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The period's buckets, empty, in order: every day, or every Monday-to-Sunday week. */
export function emptySeries(period: ReportPeriod): ReportBucket[] {
  const buckets: ReportBucket[] = [];
  for (let day = period.firstDay; day <= period.lastDay; day = nextDay(day)) {
    const last = buckets.at(-1);
    if (last && period.step === "week" && weekStart(day) === weekStart(last.firstDay)) {
      last.lastDay = day;
    } else {
      buckets.push({ firstDay: day, lastDay: day, leads: 0 });
    }
  }
  return buckets;
}

/** Each bucket's count of the given instants, by the day each falls on in the zone. */
export function countByBucket(
  series: ReportBucket[],
  instants: string[],
  timeZone: string,
): number[] {
  const counts = series.map(() => 0);
  for (const instant of instants) {
    const day = staffDay(instant, timeZone);
    const index = series.findIndex((bucket) => bucket.firstDay <= day && day <= bucket.lastDay);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function countBy(leads: ReportLead[], value: (lead: ReportLead) => string | null): ReportRow[] {
  const counts = new Map<string, number>();
  for (const lead of leads) {
    const raw = value(lead);
    const key = raw === null || raw === "" ? noValue : raw;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, leads]) => ({ value: key, leads }))
    .sort(
      (a, b) =>
        b.leads - a.leads ||
        Number(a.value === noValue) - Number(b.value === noValue) ||
        a.value.localeCompare(b.value),
    );
}

/** The report of leads already fetched for the period. */
export function buildCampaignReport(
  leads: ReportLead[],
  period: ReportPeriod,
  timeZone: string,
): CampaignReport {
  const empty = emptySeries(period);
  const counts = countByBucket(
    empty,
    leads.map((lead) => lead.created_at),
    timeZone,
  );
  return {
    period,
    total: leads.length,
    series: empty.map((bucket, index) => ({ ...bucket, leads: counts[index] ?? 0 })),
    bySource: countBy(leads, (lead) => lead.utm_source),
    byMedium: countBy(leads, (lead) => lead.utm_medium),
    byCampaign: countBy(leads, (lead) => lead.utm_campaign),
    byLandingPage: countBy(leads, (lead) => lead.landing_page),
  };
}

/** The ISO instants a period starts and ends at (end exclusive), as the store filters. */
export function periodRange(period: ReportPeriod, timeZone: string) {
  return {
    from: dayStartUtc(period.firstDay, timeZone).toISOString(),
    until: dayStartUtc(nextDay(period.lastDay), timeZone).toISOString(),
  };
}

export async function campaignReport(
  db: Db,
  period: ReportPeriod,
  timeZone: string,
): Promise<CampaignReport> {
  const leads = await reportLeads(db, periodRange(period, timeZone));
  const report = buildCampaignReport(leads, period, timeZone);
  // Clicks join here, once tracked links record them: fetch the period's clicks from their
  // store (same `periodRange`), give each bucket `clicks` with countByBucket(report.series,
  // clickTimes, timeZone), and each row `clicks` by matching the link's UTM values (or its
  // destination, for byLandingPage) to `row.value`. Rows with clicks but no leads are added
  // with `leads: 0`. The page shows a clicks column wherever any `clicks` is defined.
  return report;
}
