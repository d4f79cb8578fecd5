// The campaign report: leads of a period counted per day (or week) and per source, medium,
// campaign and landing page. Days are the calendar days of STAFF_TIME_ZONE. The store hands
// back one small row per lead and the counting happens here, with Intl: simple and correct
// across DST changes in any zone, and cheap at a small business's volume (hundreds of leads a
// month); an SQL GROUP BY would need each database's own time-zone functions.
import { clicksInPeriod, type ReportClick } from "@/lib/campaigns/server";
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

/**
 * One line of a breakdown: a value (noValue for leads without one) and its counts. With tracked
 * links, `clicks` on them and `linkLeads`, the leads that came through one: leads ÷ clicks is
 * linkLeads ÷ clicks, as a lead from a plain UTM link never clicked a tracked one.
 */
export type ReportRow = { value: string; leads: number; clicks?: number; linkLeads?: number };

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
  const range = periodRange(period, timeZone);
  const leads = await reportLeads(db, range);
  return withClicks(
    buildCampaignReport(leads, period, timeZone),
    await clicksInPeriod(db, range),
    leads,
    timeZone,
  );
}

/**
 * The report with the period's tracked-link clicks beside its leads: per bucket, and per row by
 * the link's UTM values (or its destination, for landing pages, which is where its visits
 * land). Without a click in the period it is returned as it was: no clicks column at all.
 */
export function withClicks(
  report: CampaignReport,
  clicks: ReportClick[],
  leads: ReportLead[],
  timeZone: string,
): CampaignReport {
  const linked = leads.filter((lead) => lead.tracked_link);
  if (clicks.length === 0) return report;
  const perBucket = countByBucket(
    report.series,
    clicks.map((click) => click.at),
    timeZone,
  );
  const tally = <T>(items: T[], value: (item: T) => string | null) => {
    const counts = new Map<string, number>();
    for (const item of items) {
      const key = value(item) || noValue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const join = (
    rows: ReportRow[],
    ofClick: (click: ReportClick) => string,
    ofLead: (lead: ReportLead) => string | null,
  ): ReportRow[] => {
    const counts = tally(clicks, ofClick);
    const linkLeads = tally(linked, ofLead);
    const known = new Set(rows.map((row) => row.value));
    return [
      ...rows.map((row) => ({
        ...row,
        clicks: counts.get(row.value) ?? 0,
        linkLeads: linkLeads.get(row.value) ?? 0,
      })),
      ...[...counts]
        .filter(([key]) => !known.has(key))
        .map(([key, count]) => ({ value: key, leads: 0, clicks: count, linkLeads: 0 })),
    ];
  };
  return {
    ...report,
    series: report.series.map((bucket, index) => ({ ...bucket, clicks: perBucket[index] ?? 0 })),
    bySource: join(
      report.bySource,
      (click) => click.utm_source,
      (lead) => lead.utm_source,
    ),
    byMedium: join(
      report.byMedium,
      (click) => click.utm_medium,
      (lead) => lead.utm_medium,
    ),
    byCampaign: join(
      report.byCampaign,
      (click) => click.utm_campaign,
      (lead) => lead.utm_campaign,
    ),
    byLandingPage: join(
      report.byLandingPage,
      (click) => click.target,
      (lead) => lead.landing_page,
    ),
  };
}
