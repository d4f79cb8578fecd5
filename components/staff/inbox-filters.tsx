import Link from "next/link";
import { leadStatuses } from "@/lib/leads/server";
import { goalChoices, inboxHref, statusLabels, type InboxQuery } from "@/lib/leads/staff";
import { DateField, filterFieldClass } from "./date-field";
import { OriginFilter } from "./origin-filter";

/** Values earlier leads arrived with, offered as choices in the filter form. */
export type OriginChoices = Record<"source" | "medium" | "campaign" | "landing", string[]>;

/** Status tabs with their counts, then a plain GET form: it works without JavaScript. */
export function InboxFilters({
  query,
  counts,
  choices,
}: {
  query: InboxQuery;
  counts: Map<string, number>;
  choices: OriginChoices;
}) {
  const origins = [
    { name: "source", label: "Source", anyLabel: "Any source" },
    { name: "medium", label: "Medium", anyLabel: "Any medium" },
    { name: "campaign", label: "Campaign", anyLabel: "Any campaign" },
    { name: "landing", label: "Landing page", anyLabel: "Any landing page" },
  ] as const;
  const all = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const tabs = [
    { status: undefined, label: "All", count: all },
    ...leadStatuses.map((status) => ({
      status,
      label: statusLabels[status],
      count: counts.get(status) ?? 0,
    })),
  ];
  return (
    <section aria-label="Filter leads" className="mt-6">
      <nav aria-label="Status">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const current = query.status === tab.status;
            return (
              <li key={tab.label}>
                <Link
                  href={inboxHref("/admin", query, { status: tab.status, page: undefined })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-semibold ${
                    current
                      ? "bg-brand-800 border-brand-800 text-white"
                      : "border-brand-700 text-brand-800"
                  }`}
                >
                  {tab.label} <span className="font-normal">({tab.count})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form
        method="get"
        action="/admin"
        className="bg-paper-warm mt-4 grid gap-4 rounded-lg p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        {query.status && <input type="hidden" name="status" value={query.status} />}
        {query.link && (
          <p className="sm:col-span-2 lg:col-span-5">
            Only leads that came through <span className="font-mono">/go/{query.link}</span>.{" "}
            <Link
              href={inboxHref("/admin", query, { link: undefined, page: undefined })}
              className="text-brand-800 underline underline-offset-4"
            >
              Show all
            </Link>
            <input type="hidden" name="link" value={query.link} />
          </p>
        )}
        <div className="lg:col-span-2">
          <label htmlFor="q" className="font-semibold">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name, email, phone or words"
            className={filterFieldClass}
          />
        </div>
        <div>
          <label htmlFor="goal" className="font-semibold">
            Goal
          </label>
          <select
            id="goal"
            name="goal"
            defaultValue={query.goal ?? ""}
            className={filterFieldClass}
          >
            <option value="">Any goal</option>
            {goalChoices().map((goal) => (
              <option key={goal.value} value={goal.value}>
                {goal.label}
              </option>
            ))}
          </select>
        </div>
        <DateField name="from" label="Received from" value={query.from} />
        <DateField name="to" label="Received until" value={query.to} />
        {origins.map((origin) => (
          <OriginFilter
            key={origin.name}
            {...origin}
            current={query[origin.name]}
            used={choices[origin.name]}
            className={filterFieldClass}
          />
        ))}
        <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-5">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 rounded-md px-5 py-2 font-semibold text-white"
          >
            Filter
          </button>
          <Link href="/admin" className="text-brand-800 underline underline-offset-4">
            Clear filters
          </Link>
        </div>
      </form>
    </section>
  );
}
