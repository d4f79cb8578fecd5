import { withBoundedBody } from "@/lib/http/bounded-body";
import { forgotPasswordAction } from "@/lib/auth/reset";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(forgotPasswordAction);
