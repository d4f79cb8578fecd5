import "server-only";
// At start-up (instrumentation.ts): every static page must be served with its own policy,
// because proxy.ts no longer runs for them. A build that skipped the step writing the policies
// (`next build` alone), a record from another build, or a page Next cached before the policies
// were written would otherwise go out with no policy at all: the server refuses to start.
// The policies are checked against the build's record, not the HTML as it is now: a script
// added to a page after the build must stay blocked, not be waved through.
import path from "node:path";
import { staticPages } from "./build-output";
import { builtPagePolicy, pagePolicyIn, routeCachePages } from "./page-meta";
import { pagePolicy } from "./policy";
import { readScriptHashes } from "./script-hashes";

const fix = "build with `npm run build` (not `next build` alone), then start again";

/** Why some static page would be served without its policy; undefined when all is well. */
export function pagePolicyProblem(dir: string): string | undefined {
  const scripts = readScriptHashes(dir);
  if (scripts.problem) return scripts.problem;
  try {
    const expected = (route: string) => {
      const hashes = scripts.of(route);
      return hashes && pagePolicy(hashes);
    };
    for (const { route } of staticPages(dir)) {
      const policy = expected(route);
      if (!policy) return `${route} is missing from the build's script hashes; ${fix}`;
      if (builtPagePolicy(dir, route) !== policy)
        return `${route} would be served without its Content-Security-Policy; ${fix}`;
    }
    for (const { route, meta } of routeCachePages(dir)) {
      if (pagePolicyIn(meta) !== expected(route))
        return `Next's cached copy of ${route || meta} has no Content-Security-Policy of this build; ${fix}`;
    }
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}; ${fix}`;
  }
  return undefined;
}

/** Stops this server, naming the fix, if any static page of its build lacks its policy. */
export function refuseUnprotectedStaticPages() {
  const problem = pagePolicyProblem(path.join(process.cwd(), ".next"));
  if (!problem) return;
  console.error(`Not starting: ${problem}.`);
  process.exit(1);
}
