import { withBoundedBody } from "@/lib/http/bounded-body";
import { signInAction } from "@/lib/auth/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(signInAction);
