import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { committedSections, sectionIdsOf } from "@/lib/content/published-history";

describe("section ids of a committed version", () => {
  it("reads plain and escaped heading ids the way the site does, skipping code", async () => {
    const source = [
      "---",
      'title: "T"',
      "---",
      "## Plain [#plain]",
      "### Escaped by the editor \\[#escaped]",
      "#### Too deep [#deep]",
      "```",
      "## In a fence [#fenced]",
      "```",
      "A line that ends [#not-a-heading]",
    ].join("\n");
    expect(await sectionIdsOf(source)).toEqual(["plain", "escaped"]);
  });

  it("counts nothing from a draft or a version that never built", async () => {
    expect(await sectionIdsOf("---\ndraft: true\n---\n## A [#a]\n")).toBeUndefined();
    expect(await sectionIdsOf("---\ntitle: [unclosed\n---\n## A [#a]\n")).toBeUndefined();
    expect(await sectionIdsOf("---\ntitle: T\n---\n## A [#a]\n\n<Broken\n")).toBeUndefined();
    expect(await sectionIdsOf('---\ndraft: "no"\n---\n## A [#a]\n')).toBeUndefined();
    expect(await sectionIdsOf("title: T\n---\n## A [#a]\n")).toBeUndefined();
    expect(await sectionIdsOf("---\ndraft: false\n---\nNo sections.\n")).toEqual([]);
  });
});

describe("committed section ids", () => {
  const page = (id: string) =>
    `---\ntitle: T\ndescription: D\npublished: 2026-11-25\n---\n\n## Heading \\[#${id}]\n`;

  function repository() {
    const root = mkdtempSync(path.join(tmpdir(), "altus-history-"));
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=Staff", "-c", "user.email=staff@example.com", ...args],
        {
          cwd: root,
          encoding: "utf8",
        },
      );
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    git("init", "-q", "-b", "main");
    // Settings a user might have that would otherwise hide versions from the log.
    git("config", "log.showRoot", "false");
    git("config", "core.quotePath", "true");
    return { root, git, write };
  }

  it("reads every version: the first commit, non-ASCII names, merges, and skips drafts", async () => {
    const { root, git, write } = repository();
    write("content/articles/first.mdx", page("in-root-commit"));
    write("content/articles/café.mdx", page("accented"));
    write(
      "content/articles/draft.mdx",
      page("never-live").replace("---\n\n", "draft: true\n---\n\n"),
    );
    git("add", ".");
    git("commit", "-qm", "first");
    git("checkout", "-qb", "side");
    write("content/articles/first.mdx", page("from-side"));
    git("commit", "-qam", "side");
    git("checkout", "-q", "main");
    write("content/articles/first.mdx", page("from-main"));
    git("commit", "-qam", "main");
    try {
      git("merge", "-q", "side");
    } catch {
      // The conflict is resolved with an id neither side had.
      write("content/articles/first.mdx", page("merged-only"));
      git("commit", "-qam", "merge");
    }
    write("content/articles/first.mdx", page("current"));
    git("commit", "-qam", "now");

    const committed = await committedSections(path.join(root, "content"));
    expect(committed.history).toBe("full");
    expect(committed.sections["/articles/first"]?.sort()).toEqual(
      ["current", "from-main", "from-side", "in-root-commit", "merged-only"].sort(),
    );
    expect(committed.sections["/articles/café"]).toEqual(["accented"]);
    expect(committed.sections["/articles/draft"]).toBeUndefined();
  });

  it("says when the clone is shallow, and when there is no git at all", async () => {
    const { root, git, write } = repository();
    write("content/articles/first.mdx", page("one"));
    git("add", ".");
    git("commit", "-qm", "one");
    write("content/articles/first.mdx", page("two"));
    git("commit", "-qam", "two");
    const shallow = mkdtempSync(path.join(tmpdir(), "altus-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${root}`, shallow]);
    expect((await committedSections(path.join(shallow, "content"))).history).toBe("shallow");
    const plain = mkdtempSync(path.join(tmpdir(), "altus-plain-"));
    expect(await committedSections(plain)).toEqual({ sections: {}, history: false });
  });
});
