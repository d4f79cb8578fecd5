import "server-only";
// Leads as CSV for staff spreadsheets. A cell starting with = + - @ (or a tab/CR) would run
// as a formula in Excel or Sheets, so it gets a leading apostrophe.
import type { LeadRow } from "./store";

const columns: (keyof LeadRow)[] = [
  "id",
  "created_at",
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
];

export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function readable(row: LeadRow, column: keyof LeadRow): string | null {
  if (column !== "goals") return row[column];
  const goals: unknown = JSON.parse(row.goals);
  return Array.isArray(goals) ? goals.join("; ") : row.goals;
}

export function leadsToCsv(rows: LeadRow[]): string {
  const lines = [
    columns.join(","),
    ...rows.map((row) => columns.map((column) => csvCell(readable(row, column))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
