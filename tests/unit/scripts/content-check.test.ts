import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (dir: string) =>
  spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/content-check.ts", `--dir=${dir}`],
    { encoding: "utf8" },
  );

describe("npm run content:check", () => {
  it("exits 1 and prints file:line messages when content is broken", () => {
    const result = run("tests/fixtures/content-broken");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "tests/fixtures/content-broken/certifications/long-description.mdx:3 description is 162 characters; keep it under 160 for search results",
    );
    expect(result.stderr).toContain(
      "content:check: 13 problem(s) in 5 file(s). Nothing was built.",
    );
  }, 30_000);

  it("exits 0 with a summary when content is valid", () => {
    const result = run("tests/fixtures/content");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "content:check: 2 pages, 3 sections, 2 internal links — all good.",
    );
  }, 30_000);
});
