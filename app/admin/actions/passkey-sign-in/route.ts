import { withBoundedBody } from "@/lib/http/bounded-body";
import { passkeySignInAction } from "@/lib/auth/passkeys";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(passkeySignInAction);
