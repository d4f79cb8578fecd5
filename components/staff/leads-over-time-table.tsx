import Link from "next/link";
import { bucketLabel, inboxHref, type ReportBucket } from "@/lib/leads/staff";

/**
 * The chart's numbers as a table, folded under a summary (a native <details>: it opens with
 * the keyboard and without JavaScript). Each count opens those leads in the inbox.
 */
export function LeadsOverTimeTable({
  series,
  unit,
  title,
}: {
  series: ReportBucket[];
  unit: "day" | "week";
  title: string;
}) {
  const showClicks = series.some((bucket) => bucket.clicks !== undefined);
  return (
    <details className="mt-4 max-w-2xl">
      <summary className="text-brand-800 cursor-pointer font-semibold underline underline-offset-4">
        {title}
      </summary>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-brand-100 border-b">
            <th scope="col" className="py-2 pr-4">
              {unit === "week" ? "Week" : "Day"}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Leads
            </th>
            {showClicks && (
              <th scope="col" className="py-2 text-right">
                Clicks
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {series.map((bucket) => (
            <tr key={bucket.firstDay} className="border-brand-100 border-b">
              <th scope="row" className="py-2 pr-4 font-normal">
                {bucketLabel(bucket)}
              </th>
              <td className="py-2 pr-4 text-right">
                <Link
                  href={inboxHref("/admin", {}, { from: bucket.firstDay, to: bucket.lastDay })}
                  className="text-brand-800 underline underline-offset-4"
                >
                  {bucket.leads}
                  <span className="sr-only">
                    {` ${bucket.leads === 1 ? "lead" : "leads"} in ${bucketLabel(bucket)}`}
                  </span>
                </Link>
              </td>
              {showClicks && <td className="py-2 text-right">{bucket.clicks ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
