/** A tracked link's figures as terms and values: compact in the list's cards, large on its page. */
export function LinkFigureList({
  figures,
  compact = false,
}: {
  figures: [term: string, value: string | number][];
  compact?: boolean;
}) {
  return (
    <dl
      className={
        compact
          ? "mt-3 grid grid-cols-3 gap-3 sm:grid-cols-5"
          : "mt-3 grid grid-cols-2 gap-4 sm:grid-cols-3"
      }
    >
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt className="text-ink-soft text-sm">{term}</dt>
          <dd
            className={
              compact ? "text-lg font-bold tabular-nums" : "text-2xl font-bold tabular-nums"
            }
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
