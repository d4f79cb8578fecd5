import { withBoundedBody } from "@/lib/http/bounded-body";
import { acceptInvitationAction } from "@/lib/auth/team/accept-invitation-action";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(acceptInvitationAction);
