// The campaign report's period from its address: the last 7, 30 or 90 days (`days`), or the
// days `from`–`to` inclusive, as calendar days in STAFF_TIME_ZONE. Unlike the inbox, a period
// that cannot be read gets a message: a report quietly showing other days would mislead.
import { addDays, staffDay } from "./time";

export const reportDayChoices = [7, 30, 90] as const;
export const defaultReportDays = 30;
/** Longer periods would fetch too many leads at once; a year is plenty for a campaign. */
const maxReportDays = 366;
/** Over a month the chart shows weeks: 90 daily bars are unreadable on a phone. */
const maxDailyBars = 31;

export type ReportPeriod = {
  /** First and last calendar day of the period, inclusive, in STAFF_TIME_ZONE (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  /** 7, 30 or 90 when picked as "the last n days"; undefined for chosen dates. */
  days?: number;
  /** The chart's and table's step: a bar per day, or per week (Monday to Sunday). */
  step: "day" | "week";
};

export type ReportPeriodResult =
  { ok: true; period: ReportPeriod } | { ok: false; message: string; from?: string; to?: string };

/** Days from one calendar day to another, counting both. */
export const daysBetween = (first: string, last: string) =>
  Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const periodOf = (firstDay: string, lastDay: string, days?: number): ReportPeriod => ({
  firstDay,
  lastDay,
  days,
  step: daysBetween(firstDay, lastDay) > maxDailyBars ? "week" : "day",
});

export function parseReportPeriod(
  params: URLSearchParams,
  now: Date,
  timeZone: string,
): ReportPeriodResult {
  const today = staffDay(now, timeZone);
  const from = params.get("from")?.trim() || undefined;
  const to = params.get("to")?.trim() || undefined;
  if (from || to) {
    const fail = (message: string) => ({ ok: false as const, message, from, to });
    for (const [name, value] of [
      ["start", from],
      ["end", to],
    ] as const) {
      if (value && !isDay(value))
        return fail(`The ${name} date “${value}” is not a date: write it as YYYY-MM-DD.`);
    }
    if (!from) return fail("Choose a start date as well as an end date.");
    const lastDay = to ?? today;
    if (lastDay < from) return fail("The start date is after the end date: swap them.");
    if (daysBetween(from, lastDay) > maxReportDays)
      return fail(
        `Choose at most ${maxReportDays} days; this period has ${daysBetween(from, lastDay)}.`,
      );
    return { ok: true, period: periodOf(from, lastDay) };
  }
  const asked = params.get("days");
  const days = asked === null ? defaultReportDays : Number(asked);
  if (!reportDayChoices.some((choice) => choice === days))
    return { ok: false, message: "Choose the last 7, 30 or 90 days, or a start and end date." };
  return { ok: true, period: periodOf(addDays(today, 1 - days), today, days) };
}
