import "server-only";
// Answers from POST /api/contact. JSON clients get JSON; a browser posting the plain
// HTML form gets a short page it can show. Never a stack trace.
import { escapeHtml, htmlPage } from "@/lib/http/html";
import type { ContactFormWords } from "@/lib/content";

/** The words of a failed send: content/forms/contact.yaml's notSent. */
export type NotSentWords = ContactFormWords["notSent"];

export function wantsJson(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  const accept = request.headers.get("accept") ?? "";
  return (
    type.includes("json") || (accept.includes("application/json") && !accept.includes("text/html"))
  );
}

export function problem(
  request: Request,
  words: NotSentWords,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  if (wantsJson(request)) return Response.json({ error: message }, { status, headers });
  const body = `<h1>${escapeHtml(words.heading)}</h1><p>${escapeHtml(message)}</p><p><a href="/contact">${escapeHtml(words.backLink)}</a></p>`;
  return new Response(htmlPage(words.heading, body), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...headers },
  });
}

/** The database did not answer: nothing was stored, so the prospect must send again. */
export function unavailable(request: Request, words: NotSentWords) {
  return problem(request, words, 503, words.unavailable, {
    "retry-after": "30",
    "cache-control": "no-store",
  });
}
