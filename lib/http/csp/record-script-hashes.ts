import "server-only";
// After `next build`: hash the inline scripts of every page Next wrote as static HTML and keep
// them beside the build (and in its standalone copy), for proxy.ts to send in each page's policy.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { inlineScriptHashes } from "./inline-scripts";
import { scriptHashFile, type ScriptHashRecord } from "./script-hashes";

const prerenderManifest = z.object({
  routes: z.record(z.string(), z.object({ routeType: z.string().optional() })),
});

/** Where Next writes a static page's HTML: server/app/<route>.html, the home page as index. */
const htmlFile = (dir: string, route: string) =>
  path.join(dir, "server", "app", `${route === "/" ? "/index" : route}.html`);

export function recordScriptHashes(dir: string): { record: ScriptHashRecord; files: string[] } {
  const manifestFile = path.join(dir, "prerender-manifest.json");
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: run \`next build\` first`);
  const manifest = prerenderManifest.safeParse(JSON.parse(readFileSync(manifestFile, "utf8")));
  if (!manifest.success)
    throw new Error(
      `${manifestFile} lists no routes as Next 16 writes them; is this a Next build?`,
    );
  const pages: Record<string, string[]> = {};
  for (const [route, { routeType }] of Object.entries(manifest.data.routes)) {
    if (routeType !== "page") continue;
    const file = htmlFile(dir, route);
    if (!existsSync(file))
      throw new Error(`Next lists ${route} as a static page but wrote no ${file}`);
    pages[route] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
  const record = { buildId: readFileSync(path.join(dir, "BUILD_ID"), "utf8").trim(), pages };
  // The standalone server (output: "standalone") reads its own copy of the build folder.
  const standalone = path.join(dir, "standalone", path.basename(dir));
  const files = [dir, ...(existsSync(standalone) ? [standalone] : [])].map((into) =>
    path.join(into, scriptHashFile),
  );
  for (const file of files) writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return { record, files };
}
