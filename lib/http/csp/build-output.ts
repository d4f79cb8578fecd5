import "server-only";
// Where `next build` leaves the static pages: its prerender manifest lists them, their HTML is
// in server/app/<route>.html (the home page as index), and the standalone server
// (output: "standalone") has its own copy of the whole folder. Next 16.4.6's layout: `next` is
// pinned to that exact version in package.json because this file and page-meta.ts rely on it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const prerenderManifest = z.object({
  routes: z.record(z.string(), z.object({ routeType: z.string().optional() })),
});

/** The route's file in server/app without its extension: `/` is `index`. */
export const pageFile = (dir: string, route: string, extension: string) =>
  path.join(dir, "server", "app", `${route === "/" ? "/index" : route}${extension}`);

export type StaticPage = { route: string; html: string };

/** Every page Next wrote as static HTML, with its file; refuses a folder that is not a build. */
export function staticPages(dir: string): StaticPage[] {
  const manifestFile = path.join(dir, "prerender-manifest.json");
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: run \`next build\` first`);
  const manifest = prerenderManifest.safeParse(JSON.parse(readFileSync(manifestFile, "utf8")));
  if (!manifest.success)
    throw new Error(
      `${manifestFile} lists no routes as Next 16 writes them; is this a Next build?`,
    );
  const pages: StaticPage[] = [];
  for (const [route, { routeType }] of Object.entries(manifest.data.routes)) {
    if (routeType !== "page") continue;
    const html = pageFile(dir, route, ".html");
    if (!existsSync(html))
      throw new Error(`Next lists ${route} as a static page but wrote no ${html}`);
    pages.push({ route, html });
  }
  return pages;
}

/** The build folder and, when there is one, the standalone server's copy of it. */
export function buildCopies(dir: string): string[] {
  const standalone = path.join(dir, "standalone", path.basename(dir));
  return [dir, ...(existsSync(standalone) ? [standalone] : [])];
}
