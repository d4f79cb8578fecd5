import { describe, expect, it } from "vitest";
import { parseReportPeriod } from "@/lib/leads/staff";

// 00:30 on 1 Dec in London is still 30 Nov in New York.
const now = new Date("2026-12-01T00:30:00Z");
const parse = (query: string, timeZone = "Europe/London") =>
  parseReportPeriod(new URLSearchParams(query), now, timeZone);

describe("the campaign report's period", () => {
  it("is the last 30 days by default, ending today in the staff time zone", () => {
    expect(parse("")).toEqual({
      ok: true,
      period: { firstDay: "2026-11-02", lastDay: "2026-12-01", days: 30, step: "day" },
    });
    expect(parse("", "America/New_York")).toMatchObject({
      period: { firstDay: "2026-11-01", lastDay: "2026-11-30" },
    });
  });

  it("takes the last 7 or 90 days, by day up to a month and by week beyond", () => {
    expect(parse("days=7")).toMatchObject({
      period: { firstDay: "2026-11-25", lastDay: "2026-12-01", step: "day" },
    });
    expect(parse("days=90")).toMatchObject({
      period: { firstDay: "2026-09-03", lastDay: "2026-12-01", step: "week" },
    });
  });

  it("takes chosen dates, inclusive, with today as the end when only a start is given", () => {
    expect(parse("from=2026-10-01&to=2026-10-31")).toEqual({
      ok: true,
      period: { firstDay: "2026-10-01", lastDay: "2026-10-31", days: undefined, step: "day" },
    });
    expect(parse("from=2026-10-01&to=2026-11-01")).toMatchObject({ period: { step: "week" } });
    expect(parse("from=2026-11-20")).toMatchObject({
      period: { firstDay: "2026-11-20", lastDay: "2026-12-01" },
    });
  });

  it("says in words what is wrong with dates it cannot use", () => {
    expect(parse("from=2026-02-30&to=2026-03-04")).toEqual({
      ok: false,
      message: "The start date “2026-02-30” is not a date: write it as YYYY-MM-DD.",
      from: "2026-02-30",
      to: "2026-03-04",
    });
    expect(parse("from=2026-11-01&to=1/12/2026")).toMatchObject({
      message: "The end date “1/12/2026” is not a date: write it as YYYY-MM-DD.",
    });
    expect(parse("to=2026-11-01")).toMatchObject({
      message: "Choose a start date as well as an end date.",
    });
    expect(parse("from=2026-11-02&to=2026-11-01")).toMatchObject({
      message: "The start date is after the end date: swap them.",
    });
    expect(parse("from=2020-01-01&to=2026-01-01")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Choose at most 366 days/),
    });
    expect(parse("days=12")).toEqual({
      ok: false,
      message: "Choose the last 7, 30 or 90 days, or a start and end date.",
    });
  });
});
