import { formatStaffTime } from "@/lib/leads/staff";

type Job = {
  id: number;
  channel: string;
  attempts: number;
  sent_at: string | null;
  last_error: string | null;
  next_attempt_at: string;
};

const channelNames: Record<string, string> = { mail: "Staff e-mail", webhook: "Webhook" };

/** Each notification of the lead: delivered or not, how many tries, the last error, retry. */
export function DeliveryRecord({
  leadId,
  jobs,
  timeZone,
}: {
  leadId: string;
  jobs: Job[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries" className="text-xl font-bold">
        Deliveries
      </h2>
      {jobs.length === 0 ? (
        <p className="text-ink-soft mt-2">Nothing was queued for this lead.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {jobs.map((job) => (
            <li key={job.id} className="border-brand-100 rounded-lg border p-3">
              <p className="font-semibold">{channelNames[job.channel] ?? job.channel}</p>
              <p>
                {job.sent_at
                  ? `Delivered ${formatStaffTime(job.sent_at, timeZone)}`
                  : job.attempts === 0
                    ? "Waiting to be sent"
                    : `Not delivered yet; next try ${formatStaffTime(job.next_attempt_at, timeZone)}`}
                {` · ${job.attempts} ${job.attempts === 1 ? "attempt" : "attempts"}`}
              </p>
              {job.last_error && (
                <p className="text-accent mt-1 break-words">Last error: {job.last_error}</p>
              )}
              {!job.sent_at && job.attempts > 0 && (
                <form method="post" action="/admin/actions/retry" className="mt-2">
                  <input type="hidden" name="lead" value={leadId} />
                  <input type="hidden" name="job" value={job.id} />
                  <button
                    type="submit"
                    className="border-brand-700 text-brand-800 rounded-md border-2 px-3 py-1 font-semibold"
                  >
                    Retry now
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
