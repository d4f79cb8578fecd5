import "server-only";
// Cross-site request refusal for every state-changing POST (the contact form, staff actions).
// Cookies with SameSite=Strict already stay home; this also refuses cookieless forgeries.

/** Browsers say where a post comes from in Sec-Fetch-Site; older ones only in Origin. */
export function isCrossSite(request: Request, siteUrl: string): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("host");
  const proto =
    request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return origin !== new URL(siteUrl).origin && origin !== `${proto}://${host}`;
}
