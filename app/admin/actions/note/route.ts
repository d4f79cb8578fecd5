import { addNoteAction } from "@/lib/leads/staff/lead-actions";

export const dynamic = "force-dynamic";
export const POST = addNoteAction;
