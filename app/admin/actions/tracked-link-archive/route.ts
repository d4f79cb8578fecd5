import { withBoundedBody } from "@/lib/http/bounded-body";
import { archiveAction } from "@/lib/campaigns/staff-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(archiveAction);
