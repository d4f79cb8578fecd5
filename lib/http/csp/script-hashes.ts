import "server-only";
// The build's record of each static page's inline-script hashes (written after `next build`
// by scripts/record-script-hashes.ts), read once per server. It is tied to its build by the
// build id: a record left over from an earlier build would allow the wrong scripts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const scriptHashFile = "script-hashes.json";

export const scriptHashRecord = z.object({
  buildId: z.string().min(1),
  pages: z.record(z.string(), z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/]+=*'$/))),
});
export type ScriptHashRecord = z.infer<typeof scriptHashRecord>;

export type StaticPageScripts = {
  /** The page's own hashes when `pathname` is served from a page written at build time. */
  of: (pathname: string) => readonly string[] | undefined;
  /** What a page rendered per request may be answered with instead: the 404 and error pages. */
  fallback: readonly string[];
  /** Why there is no record, for the start-up log; undefined when it was read. */
  problem?: string;
};

const distDir = () => path.join(process.cwd(), ".next");

/** The record in a build folder, checked against that build's id. */
export function readScriptHashes(dir: string): StaticPageScripts {
  const none = (why: string) => ({
    of: () => undefined,
    fallback: [],
    problem: `${scriptHashFile} ${why}; build with \`npm run build\``,
  });
  let buildId: string;
  let text: string;
  try {
    buildId = readFileSync(path.join(dir, "BUILD_ID"), "utf8").trim();
    text = readFileSync(path.join(dir, scriptHashFile), "utf8");
  } catch {
    return none("is missing from the build");
  }
  let parsed;
  try {
    parsed = scriptHashRecord.safeParse(JSON.parse(text));
  } catch {
    return none("is not valid JSON");
  }
  if (!parsed.success) return none("is not a script-hash record");
  if (parsed.data.buildId !== buildId) return none("belongs to another build");
  const pages = new Map(Object.entries(parsed.data.pages));
  return {
    of: (pathname) => pages.get(pathname),
    // Both pages share Next's bootstrap scripts: list each hash once.
    fallback: [
      ...new Set([...(pages.get("/_not-found") ?? []), ...(pages.get("/_global-error") ?? [])]),
    ],
  };
}

let cached: StaticPageScripts | undefined;

/** The running build's record; under `next dev` every page is rendered per request instead. */
export function staticPageScripts(): StaticPageScripts {
  if (process.env.NODE_ENV === "development") return { of: () => undefined, fallback: [] };
  cached ??= readScriptHashes(distDir());
  return cached;
}
