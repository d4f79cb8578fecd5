import { bucketLabel, periodLabel, type CampaignReport } from "@/lib/leads/staff";

// Drawn on the server as plain SVG: no script, and it scales with its width (viewBox), so a
// phone shows the whole chart. The numbers are also in the table under it.
const width = 480;
const height = 260;
const plot = { left: 44, right: 472, top: 28, bottom: 212 };
const fontSize = 14;
const maxXLabels = 6;

/** Gridline values from 0: at most five, whole numbers, the top one at or over the highest bar. */
export function yTicks(highest: number): number[] {
  const step = Math.max(1, Math.ceil(highest / 4));
  const top = Math.max(step, Math.ceil(highest / step) * step);
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

export function LeadsChart({
  report,
  id,
  tableName,
}: {
  report: Pick<CampaignReport, "series" | "period" | "total">;
  id: string;
  /** The heading of the table with the same numbers, named in the description. */
  tableName: string;
}) {
  const { series, period, total } = report;
  const unit = period.step === "week" ? "week" : "day";
  // Clicks (from tracked links) are drawn as a line over the bars, on the same scale.
  const withClicks = series.some((bucket) => bucket.clicks !== undefined);
  const clicksIn = series.reduce((sum, bucket) => sum + (bucket.clicks ?? 0), 0);
  const ticks = yTicks(
    Math.max(0, ...series.map((bucket) => Math.max(bucket.leads, bucket.clicks ?? 0))),
  );
  const top = ticks.at(-1) ?? 1;
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, series.length);
  const every = Math.ceil(series.length / maxXLabels);
  const busiest = series.reduce((best, bucket) => (bucket.leads > best.leads ? bucket : best));
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className="block h-auto w-full max-w-2xl"
    >
      <title id={`${id}-title`}>
        {`${withClicks ? "Leads and clicks" : "Leads"} per ${unit}, ${periodLabel(period)}`}
      </title>
      <desc id={`${id}-desc`}>
        {`${total} ${total === 1 ? "lead" : "leads"} in all; the most, ${busiest.leads}, ` +
          `in ${bucketLabel(busiest)}.` +
          (withClicks
            ? ` ${clicksIn} ${clicksIn === 1 ? "click" : "clicks"} on tracked links.`
            : "") +
          ` The table “${tableName}” has every ${unit}’s count.`}
      </desc>
      <text x={4} y={fontSize} fontSize={fontSize} className="fill-ink font-semibold">
        {withClicks ? "Leads (bars), clicks (line)" : "Leads"}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={plot.left}
            x2={plot.right}
            y1={y(tick)}
            y2={y(tick)}
            className={tick === 0 ? "stroke-ink-soft" : "stroke-brand-100"}
          />
          <text
            x={plot.left - 6}
            y={y(tick) + fontSize / 3}
            fontSize={fontSize}
            textAnchor="end"
            className="fill-ink"
          >
            {tick}
          </text>
        </g>
      ))}
      {series.map((bucket, index) => {
        const barTop = y(bucket.leads);
        const center = plot.left + slot * (index + 0.5);
        return (
          <g key={bucket.firstDay}>
            <rect
              data-bar=""
              x={plot.left + slot * index + slot * 0.15}
              y={barTop}
              width={slot * 0.7}
              height={plot.bottom - barTop}
              className="fill-brand-700"
            >
              <title>{`${bucketLabel(bucket)}: ${bucket.leads}`}</title>
            </rect>
            {index % every === 0 && (
              <text
                x={center}
                y={plot.bottom + 20}
                fontSize={fontSize}
                textAnchor="middle"
                className="fill-ink"
              >
                {bucketLabel({ firstDay: bucket.firstDay, lastDay: bucket.firstDay })}
              </text>
            )}
          </g>
        );
      })}
      {withClicks && (
        <g data-clicks="">
          <polyline
            fill="none"
            strokeWidth={2.5}
            className="stroke-accent"
            points={series
              .map(
                (bucket, index) => `${plot.left + slot * (index + 0.5)},${y(bucket.clicks ?? 0)}`,
              )
              .join(" ")}
          />
          {series.map((bucket, index) => (
            <circle
              key={bucket.firstDay}
              cx={plot.left + slot * (index + 0.5)}
              cy={y(bucket.clicks ?? 0)}
              r={3.5}
              className="fill-accent"
            >
              <title>{`${bucketLabel(bucket)}: ${bucket.clicks ?? 0} clicks`}</title>
            </circle>
          ))}
        </g>
      )}
      <text
        x={(plot.left + plot.right) / 2}
        y={height - 6}
        fontSize={fontSize}
        textAnchor="middle"
        className="fill-ink font-semibold"
      >
        {unit === "week" ? "Week, by its first day" : "Day"}
      </text>
    </svg>
  );
}
