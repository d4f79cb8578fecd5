import { withBoundedBody } from "@/lib/http/bounded-body";
import { signOutAction } from "@/lib/auth/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(signOutAction);
