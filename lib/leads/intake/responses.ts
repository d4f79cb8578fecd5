import "server-only";
// Answers from POST /api/contact. JSON clients get JSON; a browser posting the plain
// HTML form gets a short page it can show. Never a stack trace.
import { escapeHtml, htmlPage } from "@/lib/http/html";

export function wantsJson(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  const accept = request.headers.get("accept") ?? "";
  return (
    type.includes("json") || (accept.includes("application/json") && !accept.includes("text/html"))
  );
}

export function problem(
  request: Request,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  if (wantsJson(request)) return Response.json({ error: message }, { status, headers });
  const body = `<h1>Your message was not sent</h1><p>${escapeHtml(message)}</p><p><a href="/contact">Back to the contact form</a></p>`;
  return new Response(htmlPage("Your message was not sent", body), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...headers },
  });
}

/** The database did not answer: nothing was stored, so the prospect must send again. */
export function unavailable(request: Request) {
  return problem(
    request,
    503,
    "We could not save your message just now. Nothing was sent; please try again in a minute.",
    { "retry-after": "30", "cache-control": "no-store" },
  );
}
