import "server-only";
// Which script policy a public request gets. A page Next wrote at build time is sent as it was
// written, so its policy lists exactly its own inline scripts' hashes and the page stays static.
// Anything else may be rendered now (the contact page, a form post, the 404 page): it gets a
// fresh nonce, which Next reads from the request and puts on every script it renders, plus the
// hashes of the prerendered 404 and error pages, for when Next answers with one of those.
import { contentSecurityPolicy, newNonce, nonceSource } from "./policy";
import { staticPageScripts, type StaticPageScripts } from "./script-hashes";

export type SitePolicy = { policy: string; nonce?: string };

export function sitePolicy(
  method: string,
  pathname: string,
  scripts: StaticPageScripts = staticPageScripts(),
): SitePolicy {
  // Other methods bypass the static copy (Next renders server-action posts afresh).
  const own = method === "GET" || method === "HEAD" ? scripts.of(pathname) : undefined;
  if (own) return { policy: contentSecurityPolicy({ scripts: own }) };
  const nonce = newNonce();
  return {
    policy: contentSecurityPolicy({ scripts: [nonceSource(nonce), ...scripts.fallback] }),
    nonce,
  };
}
