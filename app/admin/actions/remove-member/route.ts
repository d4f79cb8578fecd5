import { withBoundedBody } from "@/lib/http/bounded-body";
import { removeMemberAction } from "@/lib/auth/team/team-actions";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(removeMemberAction);
