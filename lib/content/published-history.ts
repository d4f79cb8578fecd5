// The section ids the site has published, read from git: every id of every committed,
// non-draft version of every content file, and of home.yaml. Every commit on main is checked and deployed (an
// edit saved in the browser editor is such a commit), so a section that was ever committed may
// have been linked to, and nobody has to record anything for the lock to know it.
//
// Each version is compiled the way the site compiles it (compile.ts), so a section here is
// exactly a section on the page.
import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { z } from "zod";
import { allCollections } from "./collections";
import { compileMdx } from "./compile";
import { splitFrontmatter } from "./frontmatter";
import { articleFrontmatter } from "./schema";
import { homeSectionKeys, settingsFiles } from "./settings";

const homeFile = settingsFiles.home.file;

const run = promisify(execFile);

export type CommittedSections = {
  /** Route → ids, over the whole history that is here. */
  sections: Record<string, string[]>;
  /** False outside a git checkout; "shallow" when older commits are missing from this clone. */
  history: "full" | "shallow" | false;
};

/**
 * Only the draft flag of an old version is judged, by the loader's rule for it. Its other fields
 * may have had other rules back then: judging them by today's would forget ids that went live.
 */
const draftFlag = z.object({ draft: articleFrontmatter.shape.draft });

/** The section ids of one version of a file; undefined if that version was never published. */
export async function sectionIdsOf(source: string): Promise<string[] | undefined> {
  const { yaml, body } = splitFrontmatter(source);
  // A version without frontmatter, with broken YAML or with a draft flag that is neither true
  // nor false never built, so it was never published either.
  if (yaml === undefined) return undefined;
  const document = parseDocument(yaml);
  const frontmatter = draftFlag.safeParse(document.toJS() ?? {});
  if (document.errors.length > 0 || !frontmatter.success || frontmatter.data.draft)
    return undefined;
  const { compiled } = await compileMdx("history.mdx", body);
  return compiled?.sections.map((section) => section.id);
}

/** The section ids of one version of home.yaml; undefined if it was not valid YAML. */
export function homeSectionIdsOf(source: string): string[] | undefined {
  const document = parseDocument(source);
  if (document.errors.length > 0) return undefined;
  const home: unknown = document.toJS();
  const ids = z
    .record(z.string(), z.unknown())
    .transform((fields) =>
      homeSectionKeys.flatMap((key) => {
        const section = z.object({ id: z.string() }).safeParse(fields[key]);
        return section.success ? [section.data.id] : [];
      }),
    )
    .safeParse(home);
  return ids.success ? ids.data : undefined;
}

// Fixed settings, whatever the user's git config says: paths unquoted (core.quotePath), the
// first commit's files listed (log.showRoot).
const gitSettings = ["-c", "core.quotePath=false", "-c", "log.showRoot=true"];

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", [...gitSettings, ...args], {
    cwd,
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** Reads many blobs through one `git cat-file --batch`. */
function readBlobs(cwd: string, shas: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...gitSettings, "cat-file", "--batch"], { cwd });
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
  let shallow: boolean;
  try {
    const [inside, shallowAnswer] = (
      await git(cwd, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"])
    ).split("\n");
    if (inside !== "true") return { sections: {}, history: false };
    shallow = shallowAnswer === "true";
    // A repository without commits yet has no history to read.
    await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  } catch {
    return { sections: {}, history: false };
  }

  // Every version of every file under the collections' folders, in every commit reachable
  // from HEAD, merges included (-m): NUL-separated records of ":modes shas status" and a path
  // relative to the content folder.
  const log = await git(cwd, [
    "log",
    "-z",
    "-m",
    "--format=",
    "--raw",
    "--no-abbrev",
    "--no-renames",
    "--relative",
    "--",
    ...allCollections.map((collection) => collection.folder),
    homeFile,
  ]);
  const versions: { sha: string; route: string; home?: true }[] = [];
  const fields = log.split("\0");
  for (let index = 0; index < fields.length - 1; index += 1) {
    const status = /^\s*:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])/.exec(fields[index] ?? "");
    if (!status?.[1]) continue;
    const filePath = fields[index + 1] ?? "";
    index += 1;
    if (status[2] === "D") continue;
    if (filePath === homeFile) {
      versions.push({ sha: status[1], route: "/", home: true });
      continue;
    }
    const [folder, file, ...deeper] = filePath.split("/");
    const collection = allCollections.find((candidate) => candidate.folder === folder);
    if (!collection || !file?.endsWith(".mdx") || deeper.length > 0) continue;
    versions.push({ sha: status[1], route: `${collection.routePrefix}/${file.slice(0, -4)}` });
  }

  const blobs = await readBlobs(cwd, [...new Set(versions.map((version) => version.sha))]);
  const idsOfBlob = new Map<string, Promise<string[] | undefined>>();
  const sections: Record<string, Set<string>> = {};
  for (const { sha, route, home } of versions) {
    const source = blobs.get(sha) ?? "";
    if (!idsOfBlob.has(sha))
      idsOfBlob.set(sha, home ? Promise.resolve(homeSectionIdsOf(source)) : sectionIdsOf(source));
    const ids = await idsOfBlob.get(sha);
    if (!ids) continue;
    sections[route] ??= new Set();
    for (const id of ids) sections[route].add(id);
  }
  return {
    sections: Object.fromEntries(Object.entries(sections).map(([route, ids]) => [route, [...ids]])),
    history: shallow ? "shallow" : "full",
  };
}
