import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLeadIntake, leadDetail } from "@/lib/leads/server";
import { requireStaff } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Delete a lead" };

type Props = { params: Promise<{ id: string }> };

/** The confirmation step: deleting cannot be undone, so it takes a second, deliberate POST. */
export default async function DeleteLeadPage({ params }: Props) {
  await requireStaff();
  const { id } = await params;
  const { db } = await getLeadIntake();
  const detail = await leadDetail(db, id);
  if (!detail) notFound();
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-extrabold tracking-tight break-words">
        Delete the lead from {detail.lead.name}?
      </h1>
      <p className="mt-4">
        This deletes the lead, its notes, its status history and its pending e-mail and webhook
        deliveries. It cannot be undone. A one-line record stays that a lead was deleted, by whom
        and when, with no personal data.
      </p>
      <form
        method="post"
        action="/admin/actions/delete"
        className="mt-6 flex flex-wrap items-center gap-4"
      >
        <input type="hidden" name="lead" value={id} />
        <button type="submit" className="bg-accent rounded-md px-5 py-2 font-semibold text-white">
          Delete for good
        </button>
        <a href={`/admin/leads/${id}`} className="text-brand-800 underline underline-offset-4">
          Keep it
        </a>
      </form>
    </div>
  );
}
