// The section ids the site has published, read from git: every id of every committed,
// non-draft version of every content file. Every commit on main is checked and deployed (an
// edit saved in the browser editor is such a commit), so a section that was ever committed may
// have been linked to, and nobody has to record anything for the lock to know it.
//
// Versions are read as text, not compiled: a heading line that ends in [#id] (or Keystatic's
// escaped \[#id]) outside a code fence is a section, as in remark-sections.ts.
import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { allCollections } from "./collections";
import { splitFrontmatter } from "./frontmatter";

const run = promisify(execFile);

export type CommittedSections = {
  /** Route → ids, over the whole history that is here. */
  sections: Record<string, string[]>;
  /** False outside a git checkout; "shallow" when older commits are missing from this clone. */
  history: "full" | "shallow" | false;
};

const headingId = /^#{2,3}\s.*?\\?\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;

/** The section ids of one version of a file; undefined if that version was not published. */
export function sectionIdsOf(source: string): string[] | undefined {
  const { yaml, body } = splitFrontmatter(source);
  try {
    if ((parse(yaml ?? "") as { draft?: unknown } | null)?.draft === true) return undefined;
  } catch {
    // A version with broken frontmatter never built, so it was never published either.
    return undefined;
  }
  const ids: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (fence.test(line)) inFence = !inFence;
    const id = inFence ? undefined : headingId.exec(line)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Reads many blobs through one `git cat-file --batch`. */
function readBlobs(cwd: string, shas: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs = new Map<string, string>();
      let offset = 0;
      while (offset < output.length) {
        const headerEnd = output.indexOf(10, offset);
        const [sha = "", type, size] = output.subarray(offset, headerEnd).toString().split(" ");
        const length = type === "blob" ? Number(size) : 0;
        if (type === "blob")
          blobs.set(sha, output.subarray(headerEnd + 1, headerEnd + 1 + length).toString("utf8"));
        offset = headerEnd + 1 + (type === "blob" ? length + 1 : 0);
      }
      resolve(blobs);
    });
    child.stdin.end(shas.map((sha) => `${sha}\n`).join(""));
  });
}

export async function committedSections(contentDir: string): Promise<CommittedSections> {
  const cwd = path.resolve(contentDir);
  let prefix: string;
  let shallow: boolean;
  try {
    const [inside, shallowAnswer, prefixAnswer = ""] = (
      await git(cwd, [
        "rev-parse",
        "--is-inside-work-tree",
        "--is-shallow-repository",
        "--show-prefix",
      ])
    ).split("\n");
    if (inside !== "true") return { sections: {}, history: false };
    shallow = shallowAnswer === "true";
    prefix = prefixAnswer;
    // A repository without commits yet has no history to read.
    await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  } catch {
    return { sections: {}, history: false };
  }

  const folders = allCollections.map((collection) => collection.folder);
  const log = await git(cwd, [
    "log",
    "--format=",
    "--raw",
    "--no-abbrev",
    "--no-renames",
    "--",
    ...folders,
  ]);
  const versions: { sha: string; route: string }[] = [];
  for (const line of log.split("\n")) {
    // :100644 100644 <old> <new> M\t<path from the repository root>
    const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMT])\t(.+)$/.exec(line);
    if (!match?.[1] || !match[3]?.startsWith(prefix)) continue;
    const [folder, file, ...deeper] = match[3].slice(prefix.length).split("/");
    const collection = allCollections.find((candidate) => candidate.folder === folder);
    if (!collection || !file?.endsWith(".mdx") || deeper.length > 0) continue;
    versions.push({ sha: match[1], route: `${collection.routePrefix}/${file.slice(0, -4)}` });
  }

  const blobs = await readBlobs(cwd, [...new Set(versions.map((version) => version.sha))]);
  const sections: Record<string, Set<string>> = {};
  for (const { sha, route } of versions) {
    const ids = sectionIdsOf(blobs.get(sha) ?? "");
    if (!ids) continue;
    sections[route] ??= new Set();
    for (const id of ids) sections[route].add(id);
  }
  return {
    sections: Object.fromEntries(Object.entries(sections).map(([route, ids]) => [route, [...ids]])),
    history: shallow ? "shallow" : "full",
  };
}
