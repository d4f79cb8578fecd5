import { withBoundedBody } from "@/lib/http/bounded-body";
import { passkeyRegisterOptionsAction } from "@/lib/auth/passkeys";

export const dynamic = "force-dynamic";
export const POST = withBoundedBody(passkeyRegisterOptionsAction);
