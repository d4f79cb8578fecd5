import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (dir: string, ...flags: string[]) =>
  spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/content-check.ts", `--dir=${dir}`, ...flags],
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
      "content:check: 15 problem(s) in 5 file(s). Nothing was built.",
    );
  }, 30_000);

  it("exits 0 with a summary when content is valid", () => {
    const result = run("tests/fixtures/content");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "content:check: 2 pages, 3 sections, 2 internal links — all good.",
    );
  }, 30_000);

  it("asks for a new section to be recorded, and --record records it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "altus-content-"));
    cpSync("tests/fixtures/content", dir, { recursive: true });
    appendFileSync(
      path.join(dir, "articles", "strength-basics.mdx"),
      "\n## Cool-down [#cool-down]\n",
    );
    const before = run(dir);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('section id "cool-down" is new; record it as published');
    expect(run(dir, "--record").status).toBe(0);
    const lock = JSON.parse(readFileSync(path.join(dir, "published-sections.json"), "utf8"));
    expect(lock["/articles/strength-basics"]).toEqual(["warm-up", "plan", "old-name", "cool-down"]);
    expect(run(dir).status).toBe(0);
  }, 60_000);
});
