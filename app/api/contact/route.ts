import { withBoundedBody } from "@/lib/http/bounded-body";
import { handleContactPost } from "@/lib/leads/server";

export const dynamic = "force-dynamic";

export const POST = withBoundedBody(handleContactPost);

function methodNotAllowed() {
  return Response.json(
    { error: "Use POST to send the contact form to this address." },
    { status: 405, headers: { allow: "POST" } },
  );
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
