import "server-only";
// Answers of staff routes: a 303 back to a page after success (so reload never repeats a
// POST), or a short page a person can read without JavaScript. Never cached, never indexed.
import { escapeHtml, htmlPage } from "@/lib/http/html";
import { privateHeaders } from "@/lib/http/private-headers";

type ExtraHeaders = Record<string, string> | [string, string][];

/** A redirect to a page of the staff area, and nowhere else. */
export function seeOther(location: string, headers: ExtraHeaders = []): Response {
  const safe = location.startsWith("/admin") && !location.startsWith("//") ? location : "/admin";
  const answer = new Response(null, {
    status: 303,
    headers: { location: safe, ...privateHeaders },
  });
  for (const [name, value] of Array.isArray(headers) ? headers : Object.entries(headers)) {
    answer.headers.append(name, value);
  }
  return answer;
}

/** The database did not answer (or failed mid-way): `message` says what that meant. */
export const databaseDown = (
  message = "The lead database is not answering, so nothing was read or changed. Try again in a minute.",
) => staffProblem(503, message, { headers: { "retry-after": "60" } });

/** The staff area while it is off (no account exists): as absent as any unknown address. */
export const staffNotFound = () =>
  staffProblem(404, "There is no page at this address.", { title: "Page not found" });

export function staffProblem(
  status: number,
  message: string,
  {
    back = "/admin",
    headers = {},
    title = "That did not work",
  }: { back?: string; headers?: Record<string, string>; title?: string } = {},
): Response {
  const link = status === 404 ? "" : `<p><a href="${escapeHtml(back)}">Go back</a></p>`;
  const body = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${link}`;
  return new Response(htmlPage("Staff area", body), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...privateHeaders, ...headers },
  });
}
