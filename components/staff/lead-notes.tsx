import { formatStaffTime } from "@/lib/leads/staff";

type Note = { id: number; at: string; staff_email: string; body: string };

export function LeadNotes({
  leadId,
  notes,
  timeZone,
}: {
  leadId: string;
  notes: Note[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="notes">
      <h2 id="notes" className="text-xl font-bold">
        Notes
      </h2>
      <form method="post" action="/admin/actions/note" className="mt-3">
        <input type="hidden" name="lead" value={leadId} />
        <label htmlFor="note" className="block font-semibold">
          Add a note (plain text)
        </label>
        <textarea
          id="note"
          name="note"
          rows={3}
          required
          maxLength={4000}
          className="border-ink-soft mt-1 block w-full rounded-md border px-3 py-2"
        />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 mt-2 rounded-md px-4 py-2 font-semibold text-white"
        >
          Add note
        </button>
      </form>
      {notes.length > 0 && (
        <ol className="mt-4 space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="bg-paper-warm rounded-lg p-3">
              <p className="text-ink-soft text-sm">
                <span className="break-all">{note.staff_email}</span>,{" "}
                {formatStaffTime(note.at, timeZone)}
              </p>
              <p className="mt-1 break-words whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
