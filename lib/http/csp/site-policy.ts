import "server-only";
// Which script policy a public request gets. A page Next wrote at build time is sent as it was
// written, so its policy lists exactly its own inline scripts' hashes and the page stays static.
// Anything else may be rendered now (the contact page, a form post, the 404 page): it gets a
// fresh nonce, which Next reads from the request and puts on every script it renders, plus the
// hashes of the prerendered 404 and error pages, for when Next answers with one of those.
import { contentSecurityPolicy, newNonce, nonceSource } from "./policy";
import { staticPageScripts, type StaticPageScripts } from "./script-hashes";

export type SitePolicy = { policy: string; nonce?: string };

/**
 * The address as Next matches it: `/articles/personal%2Dtrainer-vs-coach` is the static page
 * `/articles/personal-trainer-vs-coach`. An encoded slash stays encoded: Next does not route it.
 */
function routedPath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        const decoded = decodeURIComponent(segment);
        return decoded.includes("/") ? segment : decoded;
      } catch {
        return segment;
      }
    })
    .join("/");
}

export function sitePolicy(
  method: string,
  pathname: string,
  scripts: StaticPageScripts = staticPageScripts(),
): SitePolicy {
  const own = scripts.of(routedPath(pathname));
  if (own && (method === "GET" || method === "HEAD"))
    return { policy: contentSecurityPolicy({ scripts: own }) };
  // A post to a static address may be a server action that Next renders afresh, or be answered
  // with the static copy (as other methods are): allow either.
  const nonce = newNonce();
  const hashes = new Set([...(own ?? []), ...scripts.fallback]);
  return { policy: contentSecurityPolicy({ scripts: [nonceSource(nonce), ...hashes] }), nonce };
}
