import { describe, expect, it } from "vitest";
import { noValue, saveLead, type ReportLead } from "@/lib/leads/server";
import { validateLead } from "@/tests/fixtures/lead-words";
import { buildCampaignReport, campaignReport, type ReportPeriod } from "@/lib/leads/staff";
import { withClicks } from "@/lib/leads/staff/campaign-report";
import { databases, tempLeadDb, validLead } from "../db/fixtures";

const london = "Europe/London";
const lead = (created_at: string, utm: Partial<ReportLead> = {}): ReportLead => ({
  created_at,
  utm_source: null,
  utm_medium: null,
  utm_campaign: null,
  landing_page: null,
  tracked_link: null,
  ...utm,
});

describe("the campaign report's counts", () => {
  it("counts leads on the day they arrived in the staff time zone, across the clocks going back", () => {
    // London goes from BST (UTC+1) to GMT on 25 Oct 2026.
    const period: ReportPeriod = { firstDay: "2026-10-24", lastDay: "2026-10-26", step: "day" };
    const report = buildCampaignReport(
      [
        lead("2026-10-23T23:30:00Z"), // 24 Oct, 00:30 BST
        lead("2026-10-24T22:59:00Z"), // 24 Oct, 23:59 BST
        lead("2026-10-24T23:00:00Z"), // 25 Oct, 00:00 BST
        lead("2026-10-25T23:59:00Z"), // 25 Oct, 23:59 GMT
        lead("2026-10-26T00:00:00Z"), // 26 Oct, 00:00 GMT
      ],
      period,
      london,
    );
    expect(report.series.map((bucket) => [bucket.firstDay, bucket.leads])).toEqual([
      ["2026-10-24", 2],
      ["2026-10-25", 2],
      ["2026-10-26", 1],
    ]);
    expect(report.total).toBe(5);
  });

  it("counts by Monday-to-Sunday week, cut to the period, across the clocks going forward", () => {
    // London goes from GMT to BST on Sunday 29 Mar 2026; the period starts on a Friday.
    const period: ReportPeriod = { firstDay: "2026-03-20", lastDay: "2026-04-07", step: "week" };
    const report = buildCampaignReport(
      [
        lead("2026-03-20T00:10:00Z"), // Fri 20 Mar
        lead("2026-03-29T22:30:00Z"), // Sun 29 Mar, 23:30 BST: still the first full week
        lead("2026-03-29T23:30:00Z"), // Mon 30 Mar, 00:30 BST: the next week
        lead("2026-04-07T22:59:00Z"), // Tue 7 Apr, 23:59 BST: the last day
        lead("2026-04-07T23:00:00Z"), // Wed 8 Apr: after the period, not counted
      ],
      period,
      london,
    );
    expect(report.series).toEqual([
      { firstDay: "2026-03-20", lastDay: "2026-03-22", leads: 1 },
      { firstDay: "2026-03-23", lastDay: "2026-03-29", leads: 1 },
      { firstDay: "2026-03-30", lastDay: "2026-04-05", leads: 1 },
      { firstDay: "2026-04-06", lastDay: "2026-04-07", leads: 1 },
    ]);
  });

  it("groups by exact value, most leads first, with leads without a value as none and last", () => {
    const period: ReportPeriod = { firstDay: "2026-11-01", lastDay: "2026-11-01", step: "day" };
    const at = "2026-11-01T12:00:00Z";
    const report = buildCampaignReport(
      [
        lead(at, { utm_source: "newsletter", landing_page: "/articles/x#goals" }),
        lead(at, { utm_source: "newsletter", landing_page: "/articles/x" }),
        lead(at, { utm_source: "Newsletter", landing_page: "/articles/x#goals" }),
        lead(at, { utm_source: "" }),
      ],
      period,
      london,
    );
    expect(report.bySource).toEqual([
      { value: "newsletter", leads: 2 },
      { value: "Newsletter", leads: 1 },
      { value: noValue, leads: 1 },
    ]);
    expect(report.byLandingPage).toEqual([
      { value: "/articles/x#goals", leads: 2 },
      { value: "/articles/x", leads: 1 },
      { value: noValue, leads: 1 },
    ]);
    expect(report.byCampaign).toEqual([{ value: noValue, leads: 4 }]);
  });
});

describe("the campaign report's clicks", () => {
  const period: ReportPeriod = { firstDay: "2026-11-02", lastDay: "2026-11-03", step: "day" };
  const flyer = {
    utm_source: "flyer",
    utm_medium: "print",
    utm_campaign: "spring",
    target: "/articles/personal-trainer-vs-coach#cscs",
  };

  it("adds tracked-link clicks per day and per source, medium, campaign and landing page", () => {
    const leads = [
      lead("2026-11-02T10:00:00Z", {
        utm_source: "flyer",
        utm_medium: "print",
        utm_campaign: "spring",
        landing_page: "/articles/personal-trainer-vs-coach#cscs",
        tracked_link: "spring-flyer",
      }),
      // The same source from a plain UTM link: a lead, but not one of the link's.
      lead("2026-11-02T10:30:00Z", { utm_source: "flyer" }),
      lead("2026-11-02T11:00:00Z", { utm_source: "newsletter" }),
    ];
    const clicks = [
      { at: "2026-11-02T09:00:00Z", ...flyer },
      { at: "2026-11-03T09:00:00Z", ...flyer },
      { at: "2026-11-03T09:30:00Z", ...flyer, utm_source: "poster", target: "/" },
    ];
    const report = withClicks(buildCampaignReport(leads, period, london), clicks, leads, london);
    expect(report.series.map((bucket) => [bucket.leads, bucket.clicks])).toEqual([
      [3, 1],
      [0, 2],
    ]);
    expect(report.bySource).toEqual([
      { value: "flyer", leads: 2, clicks: 2, linkLeads: 1 },
      { value: "newsletter", leads: 1, clicks: 0, linkLeads: 0 },
      { value: "poster", leads: 0, clicks: 1, linkLeads: 0 },
    ]);
    expect(report.byLandingPage).toContainEqual({
      value: "/articles/personal-trainer-vs-coach#cscs",
      leads: 1,
      clicks: 2,
      linkLeads: 1,
    });
  });

  it("leaves the report without a clicks column when no tracked link was clicked", () => {
    const report = buildCampaignReport([lead("2026-11-02T10:00:00Z")], period, london);
    expect(withClicks(report, [], [], london)).toBe(report);
  });
});

describe.each(databases)("the campaign report's query (%s)", (kind) => {
  it("reads the period's leads only, by the staff time zone's days", async () => {
    const { db } = await tempLeadDb(kind);
    const store = async (at: string, overrides: Record<string, unknown>) => {
      const result = validateLead(validLead(overrides));
      if (!result.ok) throw new Error("fixture lead is invalid");
      await saveLead(db, result.lead, new Date(at));
    };
    await store("2026-11-01T23:59:00Z", { utmSource: "before" }); // 1 Nov in London (GMT)
    await store("2026-11-02T00:00:00Z", { utmSource: "ads", utmCampaign: "autumn" });
    await store("2026-11-08T23:59:00Z", { utmSource: "ads" });
    await store("2026-11-09T00:00:00Z", { utmSource: "after" });
    const period: ReportPeriod = { firstDay: "2026-11-02", lastDay: "2026-11-08", step: "day" };
    const report = await campaignReport(db, period, london);
    expect(report.total).toBe(2);
    expect(report.bySource).toEqual([{ value: "ads", leads: 2 }]);
    expect(report.byCampaign).toEqual([
      { value: "autumn", leads: 1 },
      { value: noValue, leads: 1 },
    ]);
    expect(report.series.map((bucket) => bucket.leads)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});
