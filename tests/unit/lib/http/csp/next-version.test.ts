import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// lib/http/csp/build-output.ts and page-meta.ts write into Next's build output, whose layout is
// not a public interface: an upgrade must be a deliberate change, tested, not a caret's choice.
describe("next", () => {
  it("is pinned to the exact version whose build layout the static pages' policies rely on", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as {
      version: string;
    };
    expect(manifest.dependencies.next).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.dependencies.next).toBe(installed.version);
    expect(readFileSync("lib/http/csp/build-output.ts", "utf8")).toContain(
      `Next ${installed.version}'s layout`,
    );
  });
});
