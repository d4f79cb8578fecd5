// Runs before every /admin request (on the Node.js runtime): a fresh CSP nonce for the page,
// no caching or indexing, and a 303 to the sign-in page without a live session. Pages and
// actions check the session again themselves; this is the first line, not the only one.
// Before every editor request it turns away what the editor must not serve (editorGate).
import { NextResponse, type NextRequest } from "next/server";
import { editorIsServedTo } from "@/lib/editor/local-access";
import { adminContentSecurityPolicy, adminPrivacyHeaders } from "@/lib/http/admin-policy";
import { sessionToken, staffAccess } from "@/lib/leads/staff/access";
import { sessionCookie } from "@/lib/leads/staff/sessions";

const open = new Set(["/admin/sign-in", "/admin/actions/sign-in", "/admin/actions/sign-out"]);

function withPrivacy(response: NextResponse, policy: string): NextResponse {
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(adminPrivacyHeaders))
    response.headers.set(name, value);
  return response;
}

/**
 * Where the editor is off (or, in local mode, asked from another machine) every editor address
 * answers 404 here, before Keystatic runs: the API with a plain "Not found", pages (and their
 * .rsc and RSC-header variants) with the site's prerendered 404 page, which needs no JavaScript.
 */
function editorGate(request: NextRequest, path: string) {
  if (editorIsServedTo(request.headers)) return NextResponse.next();
  if (path.startsWith("/api/")) {
    return new NextResponse("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const notFoundPage = request.nextUrl.clone();
  notFoundPage.pathname = "/_not-found";
  notFoundPage.search = "";
  return NextResponse.rewrite(notFoundPage, { status: 404 });
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  if (!path.startsWith("/admin")) return editorGate(request, path);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = adminContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (!open.has(path)) {
    const token = sessionToken(request.headers.get("cookie"), sessionCookie);
    const access = await staffAccess(token).catch(() => undefined);
    // Off (no accounts) and database trouble are left to the page, which answers 404 or 503.
    if (access?.kind === "signed-out") {
      // Next's proxy accepts only absolute redirect addresses.
      const signIn = request.nextUrl.clone();
      signIn.pathname = "/admin/sign-in";
      signIn.search = "";
      return withPrivacy(NextResponse.redirect(signIn, 303), policy);
    }
  }
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  return withPrivacy(NextResponse.next({ request: { headers } }), policy);
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/keystatic", "/keystatic/:path*", "/api/keystatic/:path*"],
};
