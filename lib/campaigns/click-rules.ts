// Which visits to a tracked link count as a click. No database here: the page and the tests
// share one copy. A click is a person opening the link; machines that fetch it are not.
import { isbot } from "isbot";

/** Set by proxy.ts on every /go/ request: a page cannot see the method any other way. */
export const requestMethodHeader = "x-altus-request-method";

export type NotCounted = "head request" | "prefetch" | "no user agent" | "bot or link preview";

/**
 * Why a request is not a click, or undefined when it is one.
 * - HEAD: link checkers and some previewers ask only whether the address answers.
 * - Prefetches: a browser (Sec-Purpose or Purpose: prefetch, Chrome's prerender included) or
 *   Next's router fetching ahead of a click that may never come.
 * - No user agent: scripts and scanners; every browser sends one.
 * - Bots and link previews (chat apps, social networks, search engines): isbot's list, which
 *   its maintainers keep current.
 */
export function notCountedBecause(headers: Headers): NotCounted | undefined {
  if (headers.get(requestMethodHeader)?.toUpperCase() === "HEAD") return "head request";
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""} ${headers.get("x-moz") ?? ""}`;
  if (/prefetch|prerender|preview/i.test(purpose) || headers.has("next-router-prefetch"))
    return "prefetch";
  const agent = headers.get("user-agent")?.trim() ?? "";
  if (agent === "") return "no user agent";
  if (isbot(agent)) return "bot or link preview";
  return undefined;
}
