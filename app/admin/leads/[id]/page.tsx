import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeliveryRecord } from "@/components/staff/delivery-record";
import { LeadFields } from "@/components/staff/lead-fields";
import { LeadHistory } from "@/components/staff/lead-history";
import { LeadNotes } from "@/components/staff/lead-notes";
import { StatusForm } from "@/components/staff/status-form";
import { getConfig } from "@/lib/config";
import { getLeadIntake, leadDetail } from "@/lib/leads/server";
import { requireStaff } from "@/lib/auth/page-guard";

// No lead data in the title: it ends up in browser history and tab lists.
export const metadata: Metadata = { title: "Lead" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices: Record<string, string> = {
  status: "Status saved.",
  note: "Note added.",
  retry: "The delivery will be tried again within a minute.",
  "retry-not-needed": "Nothing to retry: that delivery had already been made.",
  "not-spam": "Moved to the leads; its notifications are on their way.",
};

export default async function LeadPage({ params, searchParams }: Props) {
  await requireStaff();
  const { id } = await params;
  const { saved } = await searchParams;
  const { db } = await getLeadIntake();
  const detail = await leadDetail(db, id);
  if (!detail) notFound();
  const timeZone = getConfig().STAFF_TIME_ZONE;
  const notice = typeof saved === "string" ? notices[saved] : undefined;
  return (
    <article className="space-y-10">
      <header>
        <p>
          <a href="/admin" className="text-brand-800 underline underline-offset-4">
            All leads
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight break-words">
          {detail.lead.name}
        </h1>
        {notice && (
          <p role="status" className="bg-brand-50 mt-4 rounded-md p-3">
            {notice}
          </p>
        )}
      </header>
      <StatusForm leadId={id} status={detail.lead.status} />
      <LeadFields lead={detail.lead} timeZone={timeZone} />
      <DeliveryRecord leadId={id} jobs={detail.jobs} timeZone={timeZone} />
      <LeadNotes leadId={id} notes={detail.notes} timeZone={timeZone} />
      <LeadHistory history={detail.history} timeZone={timeZone} />
      <section aria-labelledby="forget">
        <h2 id="forget" className="text-xl font-bold">
          Delete this lead
        </h2>
        <p className="text-ink-soft mt-2">
          For a person who asks to be forgotten. You will be asked to confirm.
        </p>
        <a
          href={`/admin/leads/${id}/delete`}
          className="border-accent text-accent mt-3 inline-block rounded-md border-2 px-4 py-2 font-semibold"
        >
          Delete…
        </a>
      </section>
    </article>
  );
}
