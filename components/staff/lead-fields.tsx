import type { LeadRow } from "@/lib/leads/server";
import { contactMethodLabel, formatStaffTime, goalsLabel } from "@/lib/leads/staff";

/** Every field the prospect sent and where they came from. Text is rendered as text, never markup. */
export function LeadFields({ lead, timeZone }: { lead: LeadRow; timeZone: string }) {
  const fields: [string, string | null][] = [
    ["Email", lead.email],
    ["Phone", lead.phone],
    ["Contact by", contactMethodLabel(lead.contact_method)],
    ["Goals", goalsLabel(lead.goals)],
    ["Training now", lead.training],
    ["Injuries or limitations", lead.limitations],
    ["Message", lead.message],
    ["Received", formatStaffTime(lead.created_at, timeZone)],
    ["Lead id", lead.id],
  ];
  const attribution: [string, string | null][] = [
    ["Tracked link", lead.tracked_link && `/go/${lead.tracked_link}`],
    ["Landing page", lead.landing_page],
    ["Referrer", lead.referrer],
    ["utm_source", lead.utm_source],
    ["utm_medium", lead.utm_medium],
    ["utm_campaign", lead.utm_campaign],
    ["utm_term", lead.utm_term],
    ["utm_content", lead.utm_content],
  ];
  return (
    <>
      <FieldList title="Enquiry" id="enquiry" fields={fields} />
      <FieldList title="Where they came from" id="attribution" fields={attribution} />
    </>
  );
}

function FieldList({
  title,
  id,
  fields,
}: {
  title: string;
  id: string;
  fields: [string, string | null][];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-soft font-semibold">{label}</dt>
            <dd className="break-words whitespace-pre-wrap">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
