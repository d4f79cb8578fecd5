import Link from "next/link";
import { reportDayChoices } from "@/lib/leads/staff";
import { DateField } from "./date-field";

/**
 * The report's period: links for the last 7, 30 or 90 days, and a plain GET form for dates.
 * Both work without JavaScript; what was asked stays in the address.
 */
export function ReportPeriodForm({
  days,
  from,
  to,
  message,
}: {
  days?: number;
  from?: string;
  to?: string;
  message?: string;
}) {
  return (
    <section aria-label="Period" className="mt-6">
      <nav aria-label="Last days">
        <ul className="flex flex-wrap gap-2">
          {reportDayChoices.map((choice) => {
            const current = days === choice;
            return (
              <li key={choice}>
                <Link
                  href={`/admin/campaigns?days=${choice}`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-semibold ${
                    current
                      ? "bg-brand-800 border-brand-800 text-white"
                      : "border-brand-700 text-brand-800"
                  }`}
                >
                  Last {choice} days
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form
        method="get"
        action="/admin/campaigns"
        className="bg-paper-warm mt-4 grid gap-4 rounded-lg p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <DateField name="from" label="Start date" value={from} className="min-w-0" />
        <DateField name="to" label="End date (empty: today)" value={to} className="min-w-0" />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-5 py-2 font-semibold text-white"
        >
          Show these dates
        </button>
      </form>
      {message && (
        <p role="alert" className="border-accent mt-4 rounded-md border-2 p-4 font-semibold">
          {message}
        </p>
      )}
    </section>
  );
}
