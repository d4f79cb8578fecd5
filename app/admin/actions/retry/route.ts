import { withBoundedBody } from "@/lib/http/bounded-body";
import { retryDeliveryAction } from "@/lib/leads/staff/lead-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(retryDeliveryAction);
