import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { editorStorageFor } from "./lib/editor/mode";
import { proxyBodyLimitBytes } from "./lib/http/body-limits";
// The policy file itself, not lib/http/csp's index: the config is loaded outside Next's server
// bundle, where the index's server-only modules refuse to load.
import { noScriptPolicy, plainAnswerPolicy } from "./lib/http/csp/policy";
import { privateHeaders } from "./lib/http/private-headers";

const production = process.env.NODE_ENV === "production";

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
  // Pages rendered per request (the contact page, /admin/links) read content/ at run time, by
  // paths the tracer cannot follow (content/pages/contact.yaml): the standalone copy takes it all.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  // A lockfile in a parent folder would otherwise make Turbopack pick the wrong root.
  turbopack: { root: process.cwd() },
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Next keeps up to this much of a body for proxy.ts and drops the rest (lib/http/body-limits).
  // `next dev` keeps Next's 10 MB: the local editor saves an entry, images and all, in one post.
  ...(phase === PHASE_DEVELOPMENT_SERVER
    ? {}
    : { experimental: { proxyClientMaxBodySize: proxyBodyLimitBytes } }),
  async headers() {
    return [
      // Content-Security-Policy is per response: static pages carry their own script hashes in
      // the build, pages rendered per request a nonce from proxy.ts. These are the same
      // everywhere.
      { source: "/:path*", headers: securityHeaders },
      // The files proxy.ts skips (hashed scripts, styles, fonts, images): no inline script at all.
      ...["/_next/static/:path*", "/_next/image"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: noScriptPolicy }],
      })),
      // The routes proxy.ts skips that are not pages: JSON, redirects, feeds, images.
      // (Static pages carry their own policy in the build, see lib/http/csp/page-meta.ts.)
      ...[
        "/api/contact",
        "/api/contact/form-token",
        "/api/health",
        "/robots.txt",
        "/sitemap.xml",
        "/articles/feed.xml",
        "/opengraph-image",
        "/:section/:slug/opengraph-image",
      ].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: noScriptPolicy }],
      })),
      {
        source: "/admin/actions/:path*",
        headers: [
          { key: "Content-Security-Policy", value: plainAnswerPolicy },
          ...Object.entries(privateHeaders).map(([key, value]) => ({ key, value })),
        ],
      },
    ];
  },
});

export default nextConfig;
