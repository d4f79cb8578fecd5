import { formatStaffTime, statusLabel as label } from "@/lib/leads/staff";

type Event = {
  id: number;
  at: string;
  staff_email: string;
  from_status: string;
  to_status: string;
};

export function LeadHistory({ history, timeZone }: { history: Event[]; timeZone: string }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history" className="text-xl font-bold">
        Status history
      </h2>
      {history.length === 0 ? (
        <p className="text-ink-soft mt-2">
          The status has not been changed since the lead arrived.
        </p>
      ) : (
        <ol className="mt-3 space-y-2">
          {history.map((event) => (
            <li key={event.id}>
              <span className="font-semibold">{formatStaffTime(event.at, timeZone)}</span>:{" "}
              <span className="break-all">{event.staff_email}</span> changed it from{" "}
              {label(event.from_status)} to {label(event.to_status)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
