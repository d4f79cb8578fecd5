import "server-only";
// Leads as CSV for staff spreadsheets. A cell starting with = + - @ (or a tab/CR) would run
// as a formula in Excel or Sheets, so it gets a leading apostrophe.
import type { StoredLead as ExportedLead } from "./store";

const columns: (keyof ExportedLead)[] = [
  "id",
  "created_at",
  "status",
  "name",
  "email",
  "phone",
  "goals",
  "training",
  "limitations",
  "contact_method",
  "message",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "referrer",
  "landing_page",
  "tracked_link",
];

export function csvCell(value: string | null): string {
  if (value === null) return "";
  // Where Excel's list separator is ";" (much of Europe) it splits on ";" and ignores our
  // quotes, so what follows a ";" (or a tab) starts a cell too and is guarded the same way.
  const guarded = value.replace(/([;\t])([=+\-@])/g, "$1'$2");
  const safe = /^[=+\-@\t\r]/.test(guarded) ? `'${guarded}` : guarded;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function readable(row: ExportedLead, column: keyof ExportedLead): string | null {
  if (column !== "goals") return row[column];
  const goals: unknown = JSON.parse(row.goals);
  return Array.isArray(goals) ? goals.join("; ") : row.goals;
}

export function leadsToCsv(rows: ExportedLead[]): string {
  const lines = [
    columns.join(","),
    ...rows.map((row) => columns.map((column) => csvCell(readable(row, column))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
