import "server-only";
// What staff do to a lead, one POST each (see lib/auth/staff-route.ts for the checks every
// one passes).
import { z } from "zod";
import { queuedChannels } from "../notify";
import { getConfig } from "@/lib/config";
import {
  addLeadNote,
  changeLeadStatus,
  deleteLeadForever,
  leadStatuses,
  markNotSpam,
  retryJobNow,
} from "../store";
import { seeOther, staffAction, staffProblem } from "@/lib/auth";

const leadId = z.string().min(1).max(100);
const leadPage = (id: string, saved: string) =>
  `/admin/leads/${encodeURIComponent(id)}?saved=${saved}`;
const gone = () => staffProblem(404, "That lead no longer exists; it may have been deleted.");

export const setStatusAction = staffAction(async ({ staff, db, form, now }) => {
  const input = z
    .object({ lead: leadId, status: z.enum(leadStatuses) })
    .safeParse(Object.fromEntries(form));
  if (!input.success) return staffProblem(400, "Choose one of the listed statuses.");
  const changed = await changeLeadStatus(db, input.data.lead, input.data.status, staff, now);
  return changed ? seeOther(leadPage(input.data.lead, "status")) : gone();
});

export const addNoteAction = staffAction(async ({ staff, db, form, now }) => {
  const input = z
    .object({
      lead: leadId,
      // PostgreSQL cannot store NUL; nobody types one on purpose.
      note: z
        .string()
        .trim()
        .min(1)
        .max(4000)
        .refine((text) => !text.includes("\u0000")),
    })
    .safeParse(Object.fromEntries(form));
  if (!input.success)
    return staffProblem(400, "Write a note of up to 4000 characters.", { back: "/admin" });
  const added = await addLeadNote(db, input.data.lead, input.data.note, staff, now);
  return added ? seeOther(leadPage(input.data.lead, "note")) : gone();
});

export const deleteLeadAction = staffAction(async ({ staff, db, form, now }) => {
  const input = z.object({ lead: leadId }).safeParse(Object.fromEntries(form));
  if (!input.success) return staffProblem(400, "Choose a lead to delete from its page.");
  const deleted = await deleteLeadForever(db, input.data.lead, staff, now);
  if (deleted) console.info(`staff: lead ${input.data.lead} deleted on request`);
  return deleted ? seeOther("/admin?deleted=1") : gone();
});

export const retryDeliveryAction = staffAction(async ({ db, form, now }) => {
  const input = z
    .object({ lead: leadId, job: z.coerce.number().int().positive() })
    .safeParse(Object.fromEntries(form));
  if (!input.success) return staffProblem(400, "Choose a delivery to retry from the lead's page.");
  // false: the delivery went out (or was dropped) since the page was shown; say so, not "queued".
  const queued = await retryJobNow(db, input.data.lead, input.data.job, now);
  return seeOther(leadPage(input.data.lead, queued ? "retry" : "retry-not-needed"));
});

export const notSpamAction = staffAction(async ({ db, form }) => {
  const input = z.object({ lead: leadId }).safeParse(Object.fromEntries(form));
  if (!input.success)
    return staffProblem(400, "Choose a submission from the spam list.", { back: "/admin/spam" });
  const id = await markNotSpam(db, input.data.lead, queuedChannels(getConfig()));
  return id
    ? seeOther(leadPage(id, "not-spam"))
    : staffProblem(404, "That submission is no longer in spam.", { back: "/admin/spam" });
});
