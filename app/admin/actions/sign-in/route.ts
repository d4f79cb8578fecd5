import { withBoundedBody } from "@/lib/http/bounded-body";
import { signInAction } from "@/lib/leads/staff/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(signInAction);
