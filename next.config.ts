import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { editorStorageFor } from "./lib/editor/mode";

const production = process.env.NODE_ENV === "production";

/**
 * Content-Security-Policy for every route, sent as a header so static pages stay static.
 *
 * Trade-off on scripts: a nonce-based policy would need every page rendered per request (Next
 * reads the nonce from the request), giving up static HTML and its speed. Hashes don't fit
 * either: Next inlines a different bootstrap script on every page. So scripts are limited to
 * our own origin plus inline ones ('unsafe-inline'), with no 'unsafe-eval' in production and no
 * third-party origin anywhere. Development adds 'unsafe-eval', which React's dev tooling needs.
 * Styles allow inline too: Next and the plain HTML pages of the form handler use style elements.
 */
function policy(origins: { img?: string; connect?: string } = {}) {
  const also = (extra?: string) => (extra ? ` ${extra}` : "");
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${also(origins.img)}`,
    "font-src 'self'",
    `connect-src 'self'${also(origins.connect)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

const contentSecurityPolicy = policy();

/**
 * The browser editor's policy (/keystatic and /api/keystatic only): the site's, plus what
 * Keystatic's admin does from the browser in GitHub mode: GitHub's API, a public repository's
 * files (raw.githubusercontent.com) and avatars. Those origins are allowed here and nowhere else.
 */
const editorContentSecurityPolicy = policy({
  img: "https://avatars.githubusercontent.com",
  connect: "https://api.github.com https://raw.githubusercontent.com",
});

/** The staff area and the editor answer with their own policies; everything else gets the site's. */
const publicRoutes = "/((?!admin(?:/|$)|keystatic(?:/|$)|api/keystatic(?:/|$)).*)";

const editorHeaders = [
  { key: "Content-Security-Policy", value: editorContentSecurityPolicy },
  // The editor shows drafts and works on the repository: never cached or indexed.
  { key: "Cache-Control", value: "private, no-store" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(production
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  // Tests and the editor open the dev server as 127.0.0.1, which Next treats as another origin.
  allowedDevOrigins: ["127.0.0.1"],
  // Baked into the build (server and browser): where the editor saves, if anywhere. Only
  // `next dev` gets local mode; see lib/editor/mode.ts.
  env: {
    ALTUS_EDITOR_STORAGE: editorStorageFor(phase === PHASE_DEVELOPMENT_SERVER, process.env),
    ALTUS_EDITOR_REPO: process.env.KEYSTATIC_GITHUB_REPO?.trim() ?? "",
  },
  // A self-contained server in .next/standalone for deployment (see README "Deploying").
  output: "standalone",
  // A lockfile in a parent folder would otherwise make Turbopack pick the wrong root.
  turbopack: { root: process.cwd() },
  serverExternalPackages: ["better-sqlite3", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The staff area sends its own, stricter policy with a nonce (proxy.ts).
      {
        source: publicRoutes,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      },
      { source: "/keystatic", headers: editorHeaders },
      { source: "/keystatic/:path*", headers: editorHeaders },
      { source: "/api/keystatic/:path*", headers: editorHeaders },
    ];
  },
});

export default nextConfig;
