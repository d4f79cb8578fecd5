import { inboxHref, periodLabel, type CampaignReport } from "@/lib/leads/staff";
import { LeadsChart } from "./leads-chart";
import { LeadsOverTimeTable } from "./leads-over-time-table";
import { ReportBreakdown } from "./report-breakdown";

/** The report of one period: leads over time (chart and table), then where they came from. */
export function CampaignReportView({ report }: { report: CampaignReport }) {
  const { period, total } = report;
  const heading = `${total} ${total === 1 ? "lead" : "leads"}, ${periodLabel(period)}`;
  const clicked = report.series.some((bucket) => (bucket.clicks ?? 0) > 0);
  if (total === 0 && !clicked) {
    return (
      <p className="mt-8 text-lg">
        No leads arrived between {periodLabel(period).replace(" – ", " and ")}.
      </p>
    );
  }
  const unit = period.step;
  const tableTitle = `Leads per ${unit}, in numbers`;
  const inbox = (filter: Record<string, string>) =>
    inboxHref("/admin", {}, { ...filter, from: period.firstDay, to: period.lastDay });
  const breakdowns = [
    { title: "By source", column: "Source", rows: report.bySource, key: "source" },
    { title: "By medium", column: "Medium", rows: report.byMedium, key: "medium" },
    { title: "By campaign", column: "Campaign", rows: report.byCampaign, key: "campaign" },
  ] as const;
  return (
    <>
      <section aria-labelledby="over-time" className="mt-8">
        <h2 id="over-time" className="text-2xl font-bold">
          {heading}
        </h2>
        <div className="mt-4">
          <LeadsChart report={report} id="leads-chart" tableName={tableTitle} />
        </div>
        <LeadsOverTimeTable series={report.series} unit={unit} title={tableTitle} />
      </section>
      <section aria-labelledby="came-from" className="mt-10">
        <h2 id="came-from" className="text-2xl font-bold">
          Where they came from
        </h2>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          {breakdowns.map(({ key, ...breakdown }) => (
            <ReportBreakdown key={key} {...breakdown} href={(value) => inbox({ [key]: value })} />
          ))}
          <ReportBreakdown
            title="By landing page"
            column="Page"
            rows={report.byLandingPage}
            href={(value) => inbox({ landing: value })}
            landing
          />
        </div>
      </section>
    </>
  );
}
