import "server-only";
// A static page's `.meta` file: Next 16.4.6 (`next start` and the standalone server) sends its
// `headers` with every answer built from that page, HTML and RSC alike
// (build/templates/app-page-runtime.js, server/lib/incremental-cache/file-system-cache.js), and
// copies the file, headers included, into server/route-cache/ the first time it serves the page.
// Everything else in the file (routeCache above all) is Next's and is written back untouched.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageFile } from "./build-output";

const policyHeader = "content-security-policy";

type Meta = { headers?: Record<string, unknown>; routeCache?: { key?: unknown } };

function readMeta(file: string): Meta {
  if (!existsSync(file)) throw new Error(`${file} is missing: is this a Next 16.4 build?`);
  const meta: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof meta !== "object" || meta === null || Array.isArray(meta))
    throw new Error(`${file} is not a page's metadata as Next 16.4 writes it`);
  return meta as Meta;
}

export const routeCacheDir = (dir: string) => path.join(dir, "server", "route-cache");

/** Sets the policy Next sends with the page, replacing any earlier one. */
export function writePagePolicy(dir: string, route: string, policy: string) {
  const file = pageFile(dir, route, ".meta");
  const meta = readMeta(file);
  meta.headers = { ...meta.headers, [policyHeader]: policy };
  writeFileSync(file, JSON.stringify(meta, null, 2));
}

/** What Next will send as the page's policy: undefined for none, a list when there are several. */
export function pagePolicyIn(file: string): unknown {
  return readMeta(file).headers?.[policyHeader];
}

/** The policy the build's own copy of a page carries. */
export const builtPagePolicy = (dir: string, route: string) =>
  pagePolicyIn(pageFile(dir, route, ".meta"));

/**
 * The pages Next has already copied into its route cache, by route, with their `.meta` files
 * (key `/route-cache/APP_PAGE/<hash>/$/<route>`, the home page as `/index`).
 */
export function routeCachePages(dir: string): { route: string; meta: string }[] {
  const pages = path.join(routeCacheDir(dir), "APP_PAGE");
  if (!existsSync(pages)) return [];
  return readdirSync(pages, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".meta"))
    .map((file) => {
      const meta = path.join(pages, file);
      const key = String(readMeta(meta).routeCache?.key ?? "");
      const route = key.includes("/$/") ? key.slice(key.indexOf("/$/") + 2) : "";
      return { route: route === "/index" ? "/" : route, meta };
    });
}
