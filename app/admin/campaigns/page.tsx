import type { Metadata } from "next";
import { CampaignReportView } from "@/components/staff/campaign-report-view";
import { ReportPeriodForm } from "@/components/staff/report-period-form";
import { requireStaff } from "@/lib/auth/page-guard";
import { getConfig } from "@/lib/config";
import { getLeadIntake } from "@/lib/leads/server";
import { campaignReport, parseReportPeriod, toSearchParams } from "@/lib/leads/staff";

export const metadata: Metadata = { title: "Campaign report" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CampaignReportPage({ searchParams }: Props) {
  await requireStaff();
  const timeZone = getConfig().STAFF_TIME_ZONE;
  const asked = parseReportPeriod(toSearchParams(await searchParams), new Date(), timeZone);
  const { db } = await getLeadIntake();
  const report = asked.ok ? await campaignReport(db, asked.period, timeZone) : undefined;
  const chosenDates = asked.ok && asked.period.days === undefined ? asked.period : undefined;
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Campaign report</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Which campaigns bring leads: counts per day and by source, medium, campaign and landing
        page, in {timeZone} days. Every count opens those leads in the inbox.
      </p>
      <ReportPeriodForm
        days={asked.ok ? asked.period.days : undefined}
        from={asked.ok ? chosenDates?.firstDay : asked.from}
        to={asked.ok ? chosenDates?.lastDay : asked.to}
        message={asked.ok ? undefined : asked.message}
      />
      {report && <CampaignReportView report={report} />}
    </>
  );
}
