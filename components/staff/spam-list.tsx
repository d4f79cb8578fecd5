import type { LeadRow } from "@/lib/leads/server";
import { formatStaffTime, goalsLabel } from "@/lib/leads/staff";

type Spam = LeadRow & { spam_reason: string };

export function SpamList({ submissions, timeZone }: { submissions: Spam[]; timeZone: string }) {
  if (submissions.length === 0) return <p className="text-ink-soft mt-8">No spam right now.</p>;
  return (
    <ul className="divide-brand-100 border-brand-100 mt-6 divide-y rounded-lg border">
      {submissions.map((spam) => (
        <li
          key={spam.id}
          className="grid gap-1 p-4 md:grid-cols-[1.5fr_1fr_1.5fr_auto] md:items-center md:gap-4"
        >
          <div className="break-words">
            <p className="font-semibold">{spam.name}</p>
            <p className="text-ink-soft text-sm">{spam.email}</p>
          </div>
          <p>
            <span className="text-ink-soft md:sr-only">Received: </span>
            {formatStaffTime(spam.created_at, timeZone)}
          </p>
          <p className="break-words">
            <span className="text-ink-soft">Why: </span>
            {spam.spam_reason}
            <span className="text-ink-soft"> · Goals: </span>
            {goalsLabel(spam.goals)}
          </p>
          <form method="post" action="/admin/actions/not-spam">
            <input type="hidden" name="lead" value={spam.id} />
            <button
              type="submit"
              className="border-brand-700 text-brand-800 rounded-md border-2 px-3 py-1 font-semibold"
            >
              Not spam<span className="sr-only">: {spam.name}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
