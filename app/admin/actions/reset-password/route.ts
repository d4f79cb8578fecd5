import { withBoundedBody } from "@/lib/http/bounded-body";
import { resetPasswordAction } from "@/lib/auth/reset";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(resetPasswordAction);
