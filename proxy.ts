// Runs before every request but Next's own static files and the routes that read a body (see
// the matcher), and gives each response its Content-Security-Policy (lib/http/csp): a static
// page the hashes of its own inline scripts, anything rendered per request a fresh nonce that
// Next puts on its scripts.
// The staff area also gets no caching or indexing, and a 303 to the sign-in page without a live
// session; its pages check the session again themselves: this is the first line, not the only
// one. The editor's addresses answer 404 here wherever it is not served.
import { NextResponse, type NextRequest } from "next/server";
import { editorIsServedTo } from "@/lib/editor/local-access";
import { editorPolicy, newNonce, noScriptPolicy, sitePolicy, staffPolicy } from "@/lib/http/csp";
import { privateHeaders } from "@/lib/http/private-headers";
import { cookieValue, staffAccess } from "@/lib/auth/access";
import { staffNotFound } from "@/lib/auth/responses";
import { sessionCookie } from "@/lib/auth/sessions";

const open = new Set(["/admin/sign-in"]);

const under = (path: string, area: string) => path === area || path.startsWith(`${area}/`);

function withHeaders(response: NextResponse, policy: string, extra: Record<string, string> = {}) {
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
  return response;
}

/** Next reads the nonce from the request's policy, so the request carries it on as well. */
function renderWithNonce(request: NextRequest, policy: string, extra?: Record<string, string>) {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  return withHeaders(NextResponse.next({ request: { headers } }), policy, extra);
}

function publicSite(request: NextRequest, path: string) {
  const { policy, nonce } = sitePolicy(request.method, path);
  if (nonce) return renderWithNonce(request, policy);
  return withHeaders(NextResponse.next(), policy);
}

/**
 * Where the editor is off (or, in local mode, asked from another machine) every editor address
 * answers 404 before Keystatic runs: the API with a plain "Not found", pages (and their .rsc and
 * RSC-header variants) with the site's prerendered 404 page, which needs no JavaScript.
 */
function editor(request: NextRequest, path: string) {
  if (editorIsServedTo(request.headers))
    return renderWithNonce(request, editorPolicy(newNonce()), privateHeaders);
  if (path.startsWith("/api/")) {
    const notFound = new NextResponse("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    return withHeaders(notFound, noScriptPolicy, privateHeaders);
  }
  return notFoundPage(request);
}

/** The prerendered 404 page, with its own scripts' hashes: readable without JavaScript. */
function notFoundPage(request: NextRequest) {
  const { policy } = sitePolicy("GET", "/_not-found");
  const page = request.nextUrl.clone();
  page.pathname = "/_not-found";
  page.search = "";
  return withHeaders(NextResponse.rewrite(page, { status: 404 }), policy, privateHeaders);
}

async function staffArea(request: NextRequest, path: string) {
  const policy = staffPolicy(newNonce());
  // Route handlers (actions, the CSV) check and answer everything themselves (lib/auth).
  if (!under(path, "/admin/actions") && path !== "/admin/leads.csv") {
    const token = cookieValue(request.headers.get("cookie"), sessionCookie);
    const access = await staffAccess(token).catch(() => undefined);
    // Off (no accounts): as absent as any unknown address, in a page that needs no JavaScript
    // (a 404 from inside the staff layout needs it to show its text) and, unlike the
    // prerendered 404 page, is never cached: the area opens once an account exists. Database
    // trouble is left to the page, which shows its error page.
    if (access?.kind === "off") {
      const page = staffNotFound();
      return withHeaders(new NextResponse(page.body, page), noScriptPolicy);
    }
    if (access?.kind === "signed-out" && !open.has(path)) {
      // Next's proxy accepts only absolute redirect addresses.
      const signIn = request.nextUrl.clone();
      signIn.pathname = "/admin/sign-in";
      signIn.search = "";
      return withHeaders(NextResponse.redirect(signIn, 303), policy, privateHeaders);
    }
  }
  return renderWithNonce(request, policy, privateHeaders);
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  if (under(path, "/admin")) return staffArea(request, path);
  if (under(path, "/keystatic") || under(path, "/api/keystatic")) return editor(request, path);
  return publicSite(request, path);
}

export const config = {
  // Everything but Next's hashed static files and image optimiser, which carry no HTML (their
  // policy is in next.config.ts). `_next/image$`: /_next/imagexyz is a 404 page and needs one.
  // Nor the routes that read a body (the contact form, staff actions): for a proxy Next reads
  // every body to its end, and those routes refuse a long one unread (withBoundedBody). Their
  // headers come from next.config.ts, and they check the staff session themselves.
  matcher: ["/((?!_next/static/|_next/image$|api/contact$|admin/actions/).*)"],
};
