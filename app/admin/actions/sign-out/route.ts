import { withBoundedBody } from "@/lib/http/bounded-body";
import { signOutAction } from "@/lib/leads/staff/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(signOutAction);
