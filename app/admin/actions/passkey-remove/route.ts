import { withBoundedBody } from "@/lib/http/bounded-body";
import { passkeyRemoveAction } from "@/lib/auth/passkeys";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(passkeyRemoveAction);
