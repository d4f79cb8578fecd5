// The staff area's Content-Security-Policy. Its pages show text typed by strangers and are
// rendered per request anyway, so scripts need a per-request nonce and nothing inline runs
// without it ('strict-dynamic' lets Next's own loader add its chunks). Styles may be inline:
// they cannot run code, and the plain answer pages of staff actions use a style element.
export function adminContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers on every staff response: personal data, so never cached or indexed. */
export const adminPrivacyHeaders = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex, nofollow",
};
