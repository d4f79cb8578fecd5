import {
  Children,
  cloneElement,
  isValidElement,
  useId,
  type ReactElement,
  type ReactNode,
} from "react";

type Props = {
  caption: string;
  /** The table's `thead` and `tbody`, written as plain elements (as Markdown and pages do). */
  children: ReactNode;
};
type PartProps = { children?: ReactNode; className?: string };
type Part = ReactElement<PartProps>;

// Mobile first: below the `comparison` container width each body row is a card (row header
// on top, then each value under its column's name); from there up, the usual table.
const styles = {
  table: "block w-full border-collapse text-left text-base wrap-break-word @comparison:table",
  caption: "block bg-brand-800 px-3 py-2 text-left font-bold text-white @comparison:table-caption",
  head: "sr-only @comparison:not-sr-only @comparison:table-header-group",
  body: "block @comparison:table-row-group",
  headRow: "@comparison:table-row",
  bodyRow: "block border-t border-brand-100 @comparison:table-row",
  columnHeader: "bg-brand-50 p-3 align-top font-bold",
  rowHeader:
    "block bg-paper-warm p-3 align-top font-semibold @comparison:sticky @comparison:left-0 @comparison:table-cell",
  cell: "block px-3 pt-2 pb-3 align-top @comparison:table-cell @comparison:p-3",
  label: "block text-sm font-semibold text-ink-soft @comparison:hidden",
};

const partsOf = (node: ReactNode): Part[] =>
  Children.toArray(node).filter(isValidElement<PartProps>);

function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === "string" || typeof child === "number") return String(child);
      return isValidElement<PartProps>(child) ? textOf(child.props.children) : "";
    })
    .join("");
}

function restyle(part: Part, className: string, children: ReactNode) {
  return cloneElement(part, {
    className: [part.props.className, className].filter(Boolean).join(" "),
    children,
  });
}

const headRow = (row: Part) =>
  restyle(
    row,
    styles.headRow,
    partsOf(row.props.children).map((cell) =>
      restyle(cell, styles.columnHeader, cell.props.children),
    ),
  );

function bodyRow(row: Part, labels: readonly string[]) {
  const cells = partsOf(row.props.children).map((cell, column) => {
    if (cell.type === "th") return restyle(cell, styles.rowHeader, cell.props.children);
    const label = labels[column];
    return restyle(cell, styles.cell, [
      label ? (
        <span key="label" aria-hidden="true" className={styles.label}>
          {label}
        </span>
      ) : null,
      ...Children.toArray(cell.props.children),
    ]);
  });
  return restyle(row, styles.bodyRow, cells);
}

/**
 * A real table with a caption. On a narrow screen its rows become stacked cards that need no
 * sideways scrolling. Its parts carry no ARIA roles: HTML forbids them on `tr`, `th` and `td`
 * inside a native table, and current browsers take the table's semantics from these elements,
 * not from CSS `display` (the e2e tests read Chromium's accessibility tree at phone widths).
 * Each value's visible label is its column header's text, hidden from screen readers, which
 * already announce the real header.
 */
export function ComparisonTable({ caption, children }: Props) {
  const captionId = useId();
  const parts = partsOf(children);
  const head = parts.find((part) => part.type === "thead");
  const headRows = partsOf(head?.props.children);
  const labels = partsOf(headRows[0]?.props.children).map((cell) =>
    textOf(cell.props.children).trim(),
  );
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="border-brand-100 focus-visible:outline-focus @container relative my-8 max-w-full overflow-x-auto rounded-lg border focus-visible:outline-3"
    >
      <table aria-labelledby={captionId} className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        {parts.map((part) => {
          if (part === head) return restyle(part, styles.head, headRows.map(headRow));
          if (part.type !== "tbody") return part;
          const rows = partsOf(part.props.children).map((row) => bodyRow(row, labels));
          return restyle(part, styles.body, rows);
        })}
      </table>
    </div>
  );
}
