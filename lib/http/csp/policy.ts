// The one Content-Security-Policy builder. Every page gets its policy from here (proxy.ts picks
// which); they differ only in where scripts may come from and, for the editor, which GitHub
// origins the browser may reach. Styles may be inline everywhere: they cannot run code, and
// Next and the plain answer pages of the form handler and staff actions use style elements.
import { randomBytes } from "node:crypto";

type PolicyOptions = {
  /** script-src beyond 'self': hashes, a nonce, 'strict-dynamic'. Never 'unsafe-inline'. */
  scripts: readonly string[];
  img?: readonly string[];
  connect?: readonly string[];
  baseUri?: "'self'" | "'none'";
  /** false: no script at all, not even the site's own files ('none'). */
  selfScripts?: boolean;
};

/** React's development tooling evaluates code; `next dev` needs 'unsafe-eval', builds never. */
const development = process.env.NODE_ENV === "development";

export function contentSecurityPolicy({
  scripts,
  img = [],
  connect = [],
  baseUri = "'self'",
  selfScripts = true,
}: PolicyOptions): string {
  const sources = (...list: readonly string[]) => list.join(" ");
  const scriptSources = selfScripts
    ? sources("'self'", ...scripts, ...(development ? ["'unsafe-eval'"] : []))
    : "'none'";
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${sources("'self'", "data:", "blob:", ...img)}`,
    "font-src 'self'",
    `connect-src ${sources("'self'", ...connect)}`,
    "object-src 'none'",
    `base-uri ${baseUri}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** For answers that are not pages (plain text, files): no inline script at all. */
export const noScriptPolicy = contentSecurityPolicy({ scripts: [] });

/**
 * For the short pages staff actions write themselves: they run no script of any kind, so none
 * may run, and, as everywhere in the staff area, no <base> may move their links.
 */
export const plainAnswerPolicy = contentSecurityPolicy({
  scripts: [],
  selfScripts: false,
  baseUri: "'none'",
});

/**
 * A page Next wrote at build time: exactly its own inline scripts (by hash) and the site's
 * script files. Written into the page's build output after `next build` (page-meta.ts).
 */
export const pagePolicy = (hashes: readonly string[]) => contentSecurityPolicy({ scripts: hashes });

/** A fresh nonce per response: 128 random bits, as the CSP spec asks. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export const nonceSource = (nonce: string) => `'nonce-${nonce}'`;

/**
 * The staff area and the editor: rendered per request and showing strangers' text or drafts,
 * so only scripts carrying this response's nonce run, plus what they load ('strict-dynamic').
 */
const privateArea = (nonce: string) =>
  ({ scripts: [nonceSource(nonce), "'strict-dynamic'"], baseUri: "'none'" }) as const;

export function staffPolicy(nonce: string): string {
  return contentSecurityPolicy(privateArea(nonce));
}

/**
 * The browser editor in GitHub mode talks to GitHub's API, reads public repositories' files
 * (raw.githubusercontent.com) and shows avatars. Those origins are allowed here and nowhere else.
 */
export function editorPolicy(nonce: string): string {
  return contentSecurityPolicy({
    ...privateArea(nonce),
    img: ["https://avatars.githubusercontent.com"],
    connect: ["https://api.github.com", "https://raw.githubusercontent.com"],
  });
}
