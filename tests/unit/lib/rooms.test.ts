import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rooms of lib/ stay apart: following every import (transitively) from the proxy, the
// editor, staff accounts and the database never reaches the leads' code, so a change there
// cannot break sign-in or the editor, and the proxy bundle stays small.
const root = process.cwd();
const importPattern = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g;

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && candidate.match(/\.tsx?$/))
      return candidate;
  }
  return undefined;
}

/** Every project file `entry` reaches through its imports, type-only ones included. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(importPattern)) {
      const target = resolve(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const filesIn = (folder: string) =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(root, folder, name));

const relative = (files: Iterable<string>) => [...files].map((file) => path.relative(root, file));

describe("the rooms of lib/", () => {
  it.each([
    { area: "proxy.ts", entries: [path.join(root, "proxy.ts")], forbidden: ["lib/leads/"] },
    { area: "lib/editor", entries: filesIn("lib/editor"), forbidden: ["lib/leads/"] },
    { area: "lib/auth", entries: filesIn("lib/auth"), forbidden: ["lib/leads/"] },
    { area: "lib/db", entries: filesIn("lib/db"), forbidden: ["lib/leads/", "lib/auth/"] },
  ])("$area never imports $forbidden", ({ entries, forbidden }) => {
    const reached = relative(entries.flatMap((entry) => [...reachable(entry)]));
    const crossings = reached.filter((file) => forbidden.some((room) => file.startsWith(room)));
    expect([...new Set(crossings)]).toEqual([]);
  });

  it("follows imports far enough to see a crossing", () => {
    // The contact route reaches the lead store through two re-exporting index files.
    const reached = relative(reachable(path.join(root, "app/api/contact/route.ts")));
    expect(reached).toContain("lib/leads/store/leads.ts");
  });
});
