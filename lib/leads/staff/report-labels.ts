// Words for the campaign report: its days, weeks and periods, and values that may be missing.
import { noValue } from "../store";
import type { ReportBucket } from "./campaign-report";
import type { ReportPeriod } from "./report-period";

/** "24 Nov" (or "24 Nov 2026" with the year): a calendar day as it is, with no zone shift. */
export function dayLabel(day: string, withYear = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: withYear ? "numeric" : undefined,
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "24 Nov", or for a week "23–29 Nov" / "30 Mar – 5 Apr". */
export function bucketLabel(bucket: Pick<ReportBucket, "firstDay" | "lastDay">): string {
  if (bucket.firstDay === bucket.lastDay) return dayLabel(bucket.firstDay);
  const sameMonth = bucket.firstDay.slice(0, 7) === bucket.lastDay.slice(0, 7);
  return sameMonth
    ? `${Number(bucket.firstDay.slice(8))}–${dayLabel(bucket.lastDay)}`
    : `${dayLabel(bucket.firstDay)} – ${dayLabel(bucket.lastDay)}`;
}

/** "2 Nov – 1 Dec 2026". */
export const periodLabel = (period: ReportPeriod) =>
  `${dayLabel(period.firstDay, period.firstDay.slice(0, 4) !== period.lastDay.slice(0, 4))} – ${dayLabel(period.lastDay, true)}`;

/** A grouped value as staff read it: leads that came without one are "None given". */
export const originLabel = (value: string) => (value === noValue ? "None given" : value);

/** A landing page as stored, split into its page and section (`/articles/x#goals`). */
export function landingParts(value: string): { page: string; section?: string } {
  if (value === noValue) return { page: originLabel(value) };
  const hash = value.indexOf("#");
  return hash < 0
    ? { page: value }
    : { page: value.slice(0, hash) || "/", section: value.slice(hash + 1) };
}
