import "server-only";
// Answers of staff actions: a 303 back to a page after success (so reload never repeats a
// POST), or a short page a person can read. Never cached, never indexed.
import { escapeHtml, htmlPage } from "@/lib/http/html";
import { privateHeaders } from "@/lib/http/private-headers";

/** A redirect to a page of the staff area, and nowhere else. */
export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  const safe = location.startsWith("/admin") && !location.startsWith("//") ? location : "/admin";
  return new Response(null, {
    status: 303,
    headers: { location: safe, ...privateHeaders, ...headers },
  });
}

/** The lead database did not answer: nothing was read or changed. */
export const databaseDown = (back = "/admin") =>
  staffProblem(503, "The lead database is not answering. Try again in a minute.", { back });

export function staffProblem(
  status: number,
  message: string,
  { back = "/admin", headers = {} }: { back?: string; headers?: Record<string, string> } = {},
): Response {
  const body = `<h1>That did not work</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">Go back</a></p>`;
  return new Response(htmlPage("Staff area", body), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...privateHeaders, ...headers },
  });
}
