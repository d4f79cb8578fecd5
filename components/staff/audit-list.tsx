import { auditEvents, type AuditRow } from "@/lib/auth";
import { formatStaffTime } from "@/lib/leads/staff";

const eventLabel = (event: string) =>
  Object.entries(auditEvents).find(([key]) => key === event)?.[1] ?? event;

/** The account record, newest first: one line a person can read per entry. */
export function AuditList({ entries, timeZone }: { entries: AuditRow[]; timeZone: string }) {
  if (entries.length === 0) return <p className="mt-4">Nothing is recorded yet.</p>;
  return (
    <ol className="mt-4 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-ink-soft/40 border-b pb-3">
          <p>
            <time dateTime={entry.at} className="font-semibold">
              {formatStaffTime(entry.at, timeZone)}
            </time>
            : {eventLabel(entry.event)}
            {entry.detail && <> ({entry.detail})</>}
          </p>
          <p className="text-ink-soft break-all">
            {[
              entry.account && `Account: ${entry.account}`,
              entry.actor && `By: ${entry.actor}`,
              entry.address && `From: ${entry.address}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
