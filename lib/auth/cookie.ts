import "server-only";
// The staff cookies: only ever sent to /admin, never readable by scripts, never sent with a
// request another site starts, and Secure whenever the site is served over HTTPS. Next builds
// request.url's host from the address the server listens on, not from what the browser asked
// for, so whether a request came over HTTPS is read from SITE_URL, the Host it was sent to and,
// behind our proxy, its X-Forwarded-Proto.
import { getConfig } from "@/lib/config";

const loopback = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * False only for a site tried out on this machine (a plain-http SITE_URL on a loopback host)
 * reached over plain http by a loopback name: every other deployment gets Secure cookies, one
 * that forgot SITE_URL (whose default is http://localhost:3000) included.
 */
export function cookiesMustBeSecure(
  request: Request,
  { siteUrl, trustProxy }: { siteUrl: string; trustProxy: boolean },
): boolean {
  const site = new URL(siteUrl);
  if (site.protocol === "https:" || !loopback.has(site.hostname)) return true;
  const host = `http://${request.headers.get("host") ?? "localhost"}`;
  if (!URL.canParse(host) || !loopback.has(new URL(host).hostname)) return true;
  if (new URL(request.url).protocol === "https:") return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return trustProxy && forwarded === "https";
}

function attributes(request: Request): string {
  const config = getConfig();
  const secure = cookiesMustBeSecure(request, {
    siteUrl: config.SITE_URL,
    trustProxy: config.TRUST_PROXY,
  });
  return ["Path=/admin", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}

/** A Set-Cookie value for a staff cookie lasting `maxAgeMs` (0 removes it). */
export const staffCookieHeader = (
  name: string,
  value: string,
  maxAgeMs: number,
  request: Request,
) => `${name}=${value}; Max-Age=${Math.floor(maxAgeMs / 1000)}; ${attributes(request)}`;
