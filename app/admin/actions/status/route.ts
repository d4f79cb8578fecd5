import { withBoundedBody } from "@/lib/http/bounded-body";
import { setStatusAction } from "@/lib/leads/staff/lead-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(setStatusAction);
