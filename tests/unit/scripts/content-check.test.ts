import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

  it("exits 1 on code in content, naming the file and line in words staff can act on", () => {
    const result = run("tests/fixtures/content-code");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "tests/fixtures/content-code/articles/inline-expression.mdx:9 Code like `{process.env.PRICE}` can’t be used in content. Remove it, or write the text without curly braces (use \\{ if you need one).",
    );
    expect(result.stderr).toContain("content:check: 9 problem(s) in 9 file(s). Nothing was built.");
  }, 30_000);

  it("exits 0 with a summary when content is valid", () => {
    const result = run("tests/fixtures/content");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "content:check: 3 pages, 6 sections, 8 internal links — all good.",
    );
  }, 30_000);

  it("builds a new section as it is, and fails once a committed one vanishes", () => {
    const root = mkdtempSync(path.join(tmpdir(), "altus-content-"));
    const dir = path.join(root, "content");
    cpSync("tests/fixtures/content", dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=Staff", "-c", "user.email=staff@example.com", ...args],
        {
          cwd: root,
        },
      );
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "content");
    const file = path.join(dir, "articles", "strength-basics.mdx");
    const original = readFileSync(file, "utf8");
    // The way the browser editor writes a heading's id.
    appendFileSync(file, "\n## Cool-down \\[#cool-down]\n");
    expect(run(dir).status).toBe(0);
    git("commit", "-qam", "a new section, saved from the editor");
    writeFileSync(file, original);
    const renamed = run(dir);
    expect(renamed.status).toBe(1);
    expect(renamed.stderr).toContain(
      'section id "cool-down" was published (marketing may link to /articles/strength-basics#cool-down) and is gone',
    );
  }, 60_000);

  it("without git history, counts only published-sections.json, which --record fills", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "altus-content-"));
    cpSync("tests/fixtures/content", dir, { recursive: true });
    const file = path.join(dir, "articles", "strength-basics.mdx");
    const original = readFileSync(file, "utf8");
    appendFileSync(file, "\n## Cool-down [#cool-down]\n");
    const added = run(dir);
    expect(added.status).toBe(0);
    expect(added.stderr).toContain("there is no git history here");
    expect(run(dir, "--record").status).toBe(0);
    const lock = JSON.parse(readFileSync(path.join(dir, "published-sections.json"), "utf8"));
    expect(lock["/articles/strength-basics"]).toEqual(["warm-up", "plan", "old-name", "cool-down"]);
    writeFileSync(file, original);
    expect(run(dir).status).toBe(1);
  }, 60_000);
});
