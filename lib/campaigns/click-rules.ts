// Which visits to a tracked link count as a click. No database here: the route and the tests
// share one copy. A click is a person opening the link; machines that fetch it are not.
import { isbot } from "isbot";

export type NotCounted = "not a GET" | "prefetch" | "no user agent" | "bot or link preview";

/**
 * Why a request is not a click, or undefined when it is one.
 * - Anything but GET: link checkers and some previewers send HEAD, and a person following a
 *   link never sends anything else.
 * - Prefetches: a browser (Sec-Purpose or Purpose: prefetch, Chrome's prerender included) or
 *   Next's router fetching ahead of a click that may never come.
 * - No user agent: scripts and scanners; every browser sends one.
 * - Bots and link previews (chat apps, social networks, search engines): isbot's list, which
 *   its maintainers keep current.
 */
export function notCountedBecause(method: string, headers: Headers): NotCounted | undefined {
  if (method.toUpperCase() !== "GET") return "not a GET";
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""} ${headers.get("x-moz") ?? ""}`;
  if (/prefetch|prerender|preview/i.test(purpose) || headers.has("next-router-prefetch"))
    return "prefetch";
  const agent = headers.get("user-agent")?.trim() ?? "";
  if (agent === "") return "no user agent";
  if (isbot(agent)) return "bot or link preview";
  return undefined;
}
