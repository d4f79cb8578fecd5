// The lock on published section ids: marketing may link to any page or section that was ever
// published, so each must still answer, as a page, a page's old slug (redirectFrom) or an alias.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { pageAnchors, type CheckedPage } from "./checked-page";
import type { ContentProblem } from "./frontmatter";
import { committedSections, type CommittedSections } from "./published-history";

export const publishedSectionsFile = "published-sections.json";
const publishedSchema = z.record(z.string(), z.array(z.string()));

export async function readPublishedSections(contentDir: string): Promise<Record<string, string[]>> {
  const text = await readFile(path.join(contentDir, publishedSectionsFile), "utf8").catch(
    () => "{}",
  );
  const parsed = publishedSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

/**
 * Published section ids: those in the lock file (published-sections.json, kept for checkouts
 * without history) and every id ever committed. New ids need no recording: committing them is
 * what records them, so a page or section saved from the editor builds as it is.
 */
async function publishedSections(contentDir: string) {
  const [recorded, committed] = await Promise.all([
    readPublishedSections(contentDir),
    committedSections(contentDir),
  ]);
  const published = { ...recorded };
  for (const [route, ids] of Object.entries(committed.sections))
    published[route] = [...new Set([...(published[route] ?? []), ...ids])];
  return { published, history: committed.history };
}

const folderOf = (route: string) => route.slice(0, route.lastIndexOf("/"));

export async function checkPublished(
  pages: ReadonlyMap<string, CheckedPage>,
  contentDir: string,
): Promise<{ problems: ContentProblem[]; history: CommittedSections["history"] }> {
  const redirects = new Map<string, CheckedPage>(
    [...pages.values()].flatMap((page) =>
      (page.redirectFrom ?? []).map((old) => [`${folderOf(page.route)}/${old}`, page] as const),
    ),
  );
  // A page whose redirectFrom has a mistake may be meant to answer any old route in its folder.
  const unknownRedirects = new Set(
    [...pages.values()].filter((page) => !page.redirectFrom).map((page) => folderOf(page.route)),
  );
  const { published, history } = await publishedSections(contentDir);
  const lockFile = path.relative(process.cwd(), path.join(contentDir, publishedSectionsFile));
  const problems: ContentProblem[] = [];
  // A shallow clone would pass a vanished section silently: its commits are missing, not empty.
  if (history === "shallow")
    problems.push({
      file: lockFile,
      line: 1,
      message:
        "this is a shallow git clone, so the commits that show which section ids were published are missing; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in a CI checkout) and run again",
    });
  for (const [route, ids] of Object.entries(published)) {
    const page = pages.get(route) ?? redirects.get(route);
    if (!page) {
      if (!unknownRedirects.has(folderOf(route)))
        problems.push({
          file: lockFile,
          line: 1,
          message: `${route} was published but no content file makes it any more; restore it or add its slug to another page's redirectFrom`,
        });
      continue;
    }
    const anchors = pageAnchors(page);
    // Unknown while the page's body or anchorAliases has a mistake, which is reported already.
    if (!anchors) continue;
    for (const id of ids.filter((published) => !anchors.has(published))) {
      problems.push({
        file: page.file,
        line: page.fieldLines.anchorAliases ?? 2,
        message: `section id "${id}" was published (marketing may link to ${route}#${id}) and is gone; add it back or add an alias under anchorAliases:  ${id}: new-id`,
      });
    }
  }
  return { problems, history };
}
