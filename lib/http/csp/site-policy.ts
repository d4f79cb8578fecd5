import "server-only";
// Which script policy a public request gets from proxy.ts. A page Next wrote at build time is
// sent as it was written, with the policy written into the build beside it (page-meta.ts): the
// proxy adds none, or the page would carry two. Anything rendered now (the contact page, a form
// post) gets a fresh nonce, which Next reads from the request and puts on every script it
// renders, plus the hashes of the prerendered 404 and error pages, for when Next answers with
// one of those.
import { contentSecurityPolicy, newNonce, nonceSource } from "./policy";
import { staticPageScripts, type StaticPageScripts } from "./script-hashes";

export type SitePolicy = { fromBuild: true } | { fromBuild: false; policy: string; nonce: string };

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
  if (own && (method === "GET" || method === "HEAD")) return { fromBuild: true };
  // A post to a static address may be a server action that Next renders afresh, or be answered
  // with the static copy (as other methods are): allow either.
  const nonce = newNonce();
  const hashes = new Set([...(own ?? []), ...scripts.fallback]);
  return {
    fromBuild: false,
    policy: contentSecurityPolicy({ scripts: [nonceSource(nonce), ...hashes] }),
    nonce,
  };
}
