import { withBoundedBody } from "@/lib/http/bounded-body";
import { withdrawInvitationAction } from "@/lib/auth/team/team-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(withdrawInvitationAction);
