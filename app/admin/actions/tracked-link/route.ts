import { withBoundedBody } from "@/lib/http/bounded-body";
import { createTrackedLinkAction } from "@/lib/campaigns/staff-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(createTrackedLinkAction);
