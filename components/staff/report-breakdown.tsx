import Link from "next/link";
import { landingParts, originLabel, type ReportRow } from "@/lib/leads/staff";
import { leadsPerClick } from "@/lib/campaigns";

/**
 * One breakdown of the campaign report (by source, medium, …): a value per row and its count,
 * the count a link to exactly those leads in the inbox. Landing pages show page and section.
 */
export function ReportBreakdown({
  title,
  column,
  rows,
  href,
  landing = false,
}: {
  title: string;
  /** The values' column heading, also used in each link's name ("3 leads with source x"). */
  column: string;
  rows: ReportRow[];
  href: (value: string) => string;
  landing?: boolean;
}) {
  const showClicks = rows.some((row) => row.clicks !== undefined);
  const cell = "py-2 pr-4 align-top";
  return (
    <table className="w-full text-left">
      <caption className="mb-2 text-left text-xl font-bold">{title}</caption>
      <thead>
        <tr className="border-brand-100 border-b">
          <th scope="col" className={cell}>
            {column}
          </th>
          {landing && (
            <th scope="col" className={cell}>
              Section
            </th>
          )}
          <th scope="col" className={`${cell} text-right`}>
            Leads
          </th>
          {showClicks && (
            <>
              <th scope="col" className={`${cell} text-right`}>
                Clicks
              </th>
              <th scope="col" className="py-2 text-right align-top">
                Tracked-link leads ÷ clicks
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const parts = landing ? landingParts(row.value) : { page: originLabel(row.value) };
          return (
            <tr key={row.value} className="border-brand-100 border-b">
              <th scope="row" className={`${cell} font-normal break-all`}>
                {parts.page}
              </th>
              {landing && <td className={`${cell} break-all`}>{parts.section ?? ""}</td>}
              <td className={`${cell} text-right`}>
                <Link
                  href={href(row.value)}
                  className="text-brand-800 underline underline-offset-4"
                >
                  {row.leads}
                  <span className="sr-only">
                    {` ${row.leads === 1 ? "lead" : "leads"} with ${column.toLowerCase()} ${originLabel(row.value)}`}
                  </span>
                </Link>
              </td>
              {showClicks && (
                <>
                  <td className={`${cell} text-right`}>{row.clicks ?? 0}</td>
                  <td className="py-2 text-right align-top">
                    {leadsPerClick(row.linkLeads ?? 0, row.clicks ?? 0)}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
