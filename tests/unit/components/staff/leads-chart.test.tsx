import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LeadsChart, yTicks } from "@/components/staff/leads-chart";
import type { ReportBucket, ReportPeriod } from "@/lib/leads/staff";

const period: ReportPeriod = { firstDay: "2026-11-24", lastDay: "2026-11-30", step: "day" };
const series: ReportBucket[] = ["24", "25", "26", "27", "28", "29", "30"].map((day, index) => ({
  firstDay: `2026-11-${day}`,
  lastDay: `2026-11-${day}`,
  leads: [0, 2, 0, 5, 1, 0, 0][index] ?? 0,
}));

const chart = () =>
  renderToStaticMarkup(
    <LeadsChart
      report={{ period, series, total: 8 }}
      id="chart"
      tableName="Leads per day, in numbers"
    />,
  );

describe("the leads chart", () => {
  it("is an image named by its title and described in words, with no script", () => {
    const svg = chart();
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="chart-title chart-desc"/);
    expect(svg).toContain('<title id="chart-title">Leads per day, 24 Nov – 30 Nov 2026</title>');
    expect(svg).toContain(
      "8 leads in all; the most, 5, in 27 Nov. The table “Leads per day, in numbers” has every day’s count.",
    );
    expect(svg).not.toMatch(/<script|\son\w+=|style=/i);
  });

  it("draws one bar per bucket, scaled to the highest, and scales with its width", () => {
    const svg = chart();
    const bars = [...svg.matchAll(/<rect data-bar=""[^>]*height="([\d.]+)"/g)];
    expect(bars).toHaveLength(series.length);
    const heights = bars.map((bar) => Number(bar[1]));
    expect(heights[3]).toBeGreaterThan(heights[1] ?? Infinity);
    expect(heights[0]).toBe(0);
    expect(svg).toContain('viewBox="0 0 480 260"');
    expect(svg).toContain("w-full");
    expect(svg).not.toMatch(/<svg[^>]* width=/);
  });

  it("labels its axes, with whole-number gridlines up to at least the highest bar", () => {
    expect(chart()).toContain(">Leads</text>");
    expect(chart()).toContain(">Day</text>");
    expect(yTicks(0)).toEqual([0, 1]);
    expect(yTicks(5)).toEqual([0, 2, 4, 6]);
    expect(yTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(yTicks(37)).toEqual([0, 10, 20, 30, 40]);
  });
});
