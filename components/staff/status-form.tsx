import { leadStatuses, type LeadStatus } from "@/lib/leads/server";
import { statusLabels } from "@/lib/leads/staff";

export function StatusForm({ leadId, status }: { leadId: string; status: LeadStatus }) {
  return (
    <form method="post" action="/admin/actions/status" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="lead" value={leadId} />
      <div>
        <label htmlFor="status" className="block font-semibold">
          Status
        </label>
        <select
          id="status"
          name="status"
          defaultValue={status}
          className="border-ink-soft mt-1 rounded-md border px-3 py-2"
        >
          {leadStatuses.map((value) => (
            <option key={value} value={value}>
              {statusLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-semibold text-white"
      >
        Save status
      </button>
    </form>
  );
}
