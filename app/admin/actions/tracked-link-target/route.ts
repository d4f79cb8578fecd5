import { withBoundedBody } from "@/lib/http/bounded-body";
import { changeTargetAction } from "@/lib/campaigns/staff-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(changeTargetAction);
