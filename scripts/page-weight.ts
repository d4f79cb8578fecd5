// Bytes a browser downloads for a built page: the HTML, its scripts and its stylesheets,
// gzip-compressed as `next start` serves them. Deterministic, so budgets can be tested.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageWeight = {
  html: number;
  js: number;
  jsFiles: number;
  css: number;
  cssFiles: number;
  fontPreloaded: boolean;
};

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Where a build writes a prerendered page's HTML: `appDir` holds `.next`. */
export const pageHtmlFile = (appDir: string, route: string) =>
  path.join(appDir, ".next", "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);

/** Weighs a prerendered page of a build: `appDir` holds `.next`, `route` is like `/articles/x`. */
export function weighPage(appDir: string, route: string): PageWeight {
  const html = readFileSync(pageHtmlFile(appDir, route), "utf8");
  const asset = (href: string) =>
    readFileSync(path.join(appDir, ".next", href.replace(/^\/_next\//, "").split("?")[0] ?? ""));
  const scripts = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc="(\/_next\/[^"]+)"/.exec(tag)?.[1];
    // Modern browsers skip noModule polyfills.
    if (src && !/\bnoModule\b|\bnomodule\b/.test(tag)) scripts.add(src);
  }
  const styles = new Set(
    [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/_next\/[^"]+)"/g)].map(
      (match) => match[1] ?? "",
    ),
  );
  return {
    html: gz(html),
    js: [...scripts].reduce((sum, src) => sum + gz(asset(src)), 0),
    jsFiles: scripts.size,
    css: [...styles].reduce((sum, href) => sum + gz(asset(href)), 0),
    cssFiles: styles.size,
    fontPreloaded: /<link\b[^>]*rel="preload"[^>]*as="font"/.test(html),
  };
}

export const bareAppDir = path.join(process.cwd(), ".bench", "bare");

const bareFiles: Record<string, string> = {
  // Turbopack resolves packages only inside its root, so the root is the project; the odd page
  // extension keeps the project's own instrumentation.ts out of this build.
  "next.config.ts": `import path from "node:path";\nexport default { pageExtensions: ["bare.tsx"], turbopack: { root: path.resolve(process.cwd(), "../..") } };\n`,
  "app/layout.bare.tsx": `export const metadata = { title: "Bare", description: "Baseline page" };\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  "app/page.bare.tsx": `export default function Home() {\n  return (<main><h1>Bare Next.js page</h1><p>The baseline: same Next.js version, no site code.</p><a href="https://nextjs.org/docs">Docs</a></main>);\n}\n`,
  // As long as the site's longest page (about 90 KB of HTML), with the same typographic
  // apostrophes: Next's own cost of sending that many bytes, for bench:pages, so a long page is
  // not blamed on the site's code. (One character beyond Latin-1 makes the whole page a two-byte
  // string in V8, which Node turns into UTF-8 about four times slower on every answer.)
  "app/long/page.bare.tsx": `const text = "The long baseline: same Next.js version, no site code, as many bytes as a long article’s. ";\nexport default function Long() {\n  return (<main><h1>Bare Next.js page, long</h1>{Array.from({ length: 200 }, (_, i) => <p key={i}>{text.repeat(2)}</p>)}</main>);\n}\n`,
};

/** Builds a bare create-next-app-style page with the project's own Next (the baseline). */
export function buildBareApp(): string {
  for (const [name, text] of Object.entries(bareFiles)) {
    const file = path.join(bareAppDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  }
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  execFileSync(process.execPath, [nextBin, "build"], {
    cwd: bareAppDir,
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return bareAppDir;
}
