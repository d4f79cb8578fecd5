import "server-only";
// After `next build`: hash the inline scripts of every page Next wrote as static HTML, keep the
// record beside the build (and in its standalone copy), and write each page's policy into the
// headers Next sends with that page (its `.meta` file, see page-meta.ts). Static pages are then
// answered straight from the build, policy and all, without proxy.ts running; the record serves
// proxy.ts for what it still answers (posts to static addresses, the editor's 404) and the
// start-up check (check-page-policies.ts).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCopies, staticPages } from "./build-output";
import { inlineScriptHashes } from "./inline-scripts";
import { writePagePolicy, routeCacheDir } from "./page-meta";
import { pagePolicy } from "./policy";
import { scriptHashFile, type ScriptHashRecord } from "./script-hashes";

export function recordScriptHashes(dir: string): { record: ScriptHashRecord; files: string[] } {
  const pages: Record<string, string[]> = {};
  for (const { route, html } of staticPages(dir))
    pages[route] = inlineScriptHashes(readFileSync(html, "utf8"));
  const record = { buildId: readFileSync(path.join(dir, "BUILD_ID"), "utf8").trim(), pages };
  const copies = buildCopies(dir);
  for (const copy of copies) {
    for (const [route, hashes] of Object.entries(pages))
      writePagePolicy(copy, route, pagePolicy(hashes));
    // Next copies a page's build entry here the first time it serves it; a copy made before
    // the policies were written would be served without one. It is only a cache: Next makes
    // it again from the build.
    if (existsSync(routeCacheDir(copy)))
      rmSync(routeCacheDir(copy), { recursive: true, force: true });
  }
  const files = copies.map((copy) => path.join(copy, scriptHashFile));
  for (const file of files) writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return { record, files };
}
