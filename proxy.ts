// Runs only where a response is made per request (see the matcher): the staff area, the editor,
// the contact page, and anything posted or calling a server action. Static pages never reach it:
// they are answered straight from the build, with the policy written into it after `next build`
// (lib/http/csp/page-meta.ts), so they keep the speed of a plain static file server.
// Here each response gets its Content-Security-Policy (lib/http/csp): a fresh nonce that Next
// puts on its scripts.
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

/** Staff pages a signed-out person may open: signing in, and the links mailed about accounts. */
const open = (path: string) =>
  path === "/admin/sign-in" ||
  path === "/admin/forgot-password" ||
  /^\/admin\/(?:invitation|reset-password)\/[^/]+$/.test(path);

const under = (path: string, area: string) => path === area || path.startsWith(`${area}/`);

/** `policy` undefined: the answer comes from the build, which holds its own. */
function withHeaders(
  response: NextResponse,
  policy: string | undefined,
  extra: Record<string, string> = {},
) {
  if (policy) response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
  return response;
}

/** Next reads the nonce from the request's policy, so the request carries it on as well. */
function renderWithNonce(request: NextRequest, policy: string, extra?: Record<string, string>) {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  return withHeaders(NextResponse.next({ request: { headers } }), policy, extra);
}

/** The public pages Next renders per request; every other public page is in the build. */
const renderedPerRequest = new Set(["/contact"]);

function publicSite(request: NextRequest, path: string) {
  // A GET of anything else reaches the proxy only by carrying a header in the matcher's list; it
  // is answered from the build all the same (a static page, the 404 page) with the policy written
  // there, or by a route with next.config.ts's: a policy from here would be a second header.
  const read = request.method === "GET" || request.method === "HEAD";
  if (read && !renderedPerRequest.has(path)) return NextResponse.next();
  const answer = sitePolicy(request.method, path);
  if (answer.fromBuild) return NextResponse.next();
  return renderWithNonce(request, answer.policy);
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
  const page = request.nextUrl.clone();
  page.pathname = "/_not-found";
  page.search = "";
  // Served from the build, which holds its policy; under `next dev` rendered now, with a nonce.
  const answer = sitePolicy("GET", "/_not-found");
  const policy = answer.fromBuild ? undefined : answer.policy;
  const headers = new Headers(request.headers);
  if (policy) headers.set("content-security-policy", policy);
  const rewrite = NextResponse.rewrite(page, { status: 404, request: { headers } });
  return withHeaders(rewrite, policy, privateHeaders);
}

/** Staff downloads that answer with all their own headers (QR codes: a stricter policy). */
const ownHeaders = /^\/admin\/links\/tracked\/[^/]+\/qr\.(?:svg|png)$/;

async function staffArea(request: NextRequest, path: string) {
  // The route checks the session itself (staffDownload), as the actions and the CSV do.
  if (ownHeaders.test(path)) return NextResponse.next();
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
    if (access?.kind === "signed-out" && !open(path)) {
      // Next's proxy accepts only absolute redirect addresses.
      const signIn = request.nextUrl.clone();
      signIn.pathname = "/admin/sign-in";
      signIn.search = "";
      return withHeaders(NextResponse.redirect(signIn, 303), policy, privateHeaders);
    }
  }
  return renderWithNonce(request, policy, privateHeaders);
}

function answer(request: NextRequest, path: string) {
  if (under(path, "/admin")) return staffArea(request, path);
  if (under(path, "/keystatic") || under(path, "/api/keystatic")) return editor(request, path);
  return publicSite(request, path);
}

// Tests start the server with ALTUS_PROXY_CANARY=1 to see which requests ran the proxy (the
// matcher is the point of the speed-up, and nothing else in an answer shows it).
const canary = process.env.ALTUS_PROXY_CANARY === "1";

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  const response = await answer(request, path);
  if (canary) response.headers.set("x-altus-proxy", "ran");
  return response;
}

export const config = {
  // A positive list, never a catch-all: a request to anything not listed (a static page, a
  // static file, a 404) skips the proxy, and with it Next's cost of invoking one.
  // Not the routes that read a body (the contact form, staff actions): for a proxy Next reads
  // every body to its end, and those routes refuse a long one unread (withBoundedBody). Their
  // headers come from next.config.ts, and they check the staff session themselves.
  matcher: [
    "/admin",
    "/admin/((?!actions/).*)",
    "/keystatic/:path*",
    "/api/keystatic/:path*",
    "/contact",
    // A server action, or anything sent with a body, is answered per request. (Next reads this
    // list without running it: each entry is written out.)
    {
      source: "/((?!_next/|api/contact$|admin/actions/).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!_next/|api/contact$|admin/actions/).*)",
      has: [{ type: "header", key: "content-type" }],
    },
    {
      source: "/((?!_next/|api/contact$|admin/actions/).*)",
      has: [{ type: "header", key: "content-length" }],
    },
    {
      source: "/((?!_next/|api/contact$|admin/actions/).*)",
      has: [{ type: "header", key: "transfer-encoding" }],
    },
  ],
};
