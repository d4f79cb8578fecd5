import type { NextConfig } from "next";

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
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(production
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
        source: "/((?!admin(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      },
    ];
  },
};

export default nextConfig;
