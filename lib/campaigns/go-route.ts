import "server-only";
// GET and HEAD /go/<code>: the tracked link's redirect. A route handler, not a page: a page
// costs a full render per redirect (bench:links measured about 10 ms), and it cannot see the
// request's method. An unknown code gets the site's own 404 page, as the build wrote it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { getPageWords } from "@/lib/content";
import { pageFile } from "@/lib/http/csp/build-output";
import { builtPagePolicy } from "@/lib/http/csp/page-meta";
import { noScriptPolicy, plainAnswerPolicy } from "@/lib/http/csp/policy";
import { clientAddress, clientNetwork } from "@/lib/http/client-address";
import { escapeHtml, htmlPage } from "@/lib/http/html";
import { getLeadIntake } from "@/lib/leads/server";
import { notCountedBecause } from "./click-rules";
import { normaliseCode } from "./short-code";
import { findTrackedLink, forgetClickVisitorsNow, recordClick } from "./server";
import { trackedDestination } from "./tracked-link";

// Never kept by a browser or CDN: the next visit must reach us to be counted, and the
// destination may change.
const noStore = { "cache-control": "private, no-store" };

/**
 * The prerendered 404 page with the policy the build wrote for it; under `next dev`, where
 * there is none, the not-found page's words as a plain page.
 */
function notFound(): Response {
  const build = path.join(process.cwd(), ".next");
  const html = pageFile(build, "/_not-found", ".html");
  const policy = existsSync(html) ? builtPagePolicy(build, "/_not-found") : undefined;
  const headers = { "content-type": "text/html; charset=utf-8", ...noStore };
  if (typeof policy === "string")
    return new Response(readFileSync(html), {
      status: 404,
      headers: { ...headers, "content-security-policy": policy },
    });
  const words = getPageWords("notFound");
  const body = `<h1>${escapeHtml(words.heading)}</h1><p>${escapeHtml(words.text)}</p><p><a href="/">${escapeHtml(words.backLabel)}</a></p>`;
  return new Response(htmlPage(words.title, body), {
    status: 404,
    headers: { ...headers, "content-security-policy": plainAnswerPolicy },
  });
}

type Context = { params: Promise<{ code: string }> };

export async function followTrackedLink(request: Request, { params }: Context) {
  const code = normaliseCode((await params).code);
  if (!code) return notFound();
  const { db } = await getLeadIntake();
  const link = await findTrackedLink(db, code);
  if (!link) return notFound();
  const headers = new Headers(request.headers);
  if (!notCountedBecause(request.method, headers)) {
    const now = new Date();
    const visitor = {
      address: clientNetwork(clientAddress(headers, getConfig().TRUST_PROXY)),
      userAgent: headers.get("user-agent") ?? "",
    };
    const qr = new URL(request.url).searchParams.get("qr") === "1";
    // A click that cannot be recorded must not strand the visitor: they still get the page.
    await recordClick(db, { code, target: link.target, visitor, qr, now })
      .then(() => forgetClickVisitorsNow(db, now))
      .catch((error: unknown) =>
        console.error(`links: a click on ${code} was not recorded (${String(error)})`),
      );
  }
  return new Response(null, {
    status: 307,
    headers: {
      location: trackedDestination(link),
      "content-security-policy": noScriptPolicy,
      ...noStore,
    },
  });
}
