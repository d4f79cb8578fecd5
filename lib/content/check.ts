// Everything `npm run content:check` verifies beyond each file's own frontmatter and syntax:
// section ids, aliases, internal links, and that no published section id silently vanished.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { allCollections, appRoutes } from "./collections";
import type { ContentProblem } from "./frontmatter";
import { defaultContentDir, loadCollection, type Entry, type LoaderOptions } from "./loader";
import type { BaseFrontmatter } from "./collections";
import { committedSections, type CommittedSections } from "./published-history";

export type CheckReport = {
  problems: ContentProblem[];
  pages: number;
  sections: number;
  links: number;
  /** Whether git history counted towards the published section ids (see published-history). */
  history: CommittedSections["history"];
};

export const publishedSectionsFile = "published-sections.json";
const publishedSchema = z.record(z.string(), z.array(z.string()));

type Page = Entry<BaseFrontmatter>;

export async function readPublishedSections(contentDir: string): Promise<Record<string, string[]>> {
  const text = await readFile(path.join(contentDir, publishedSectionsFile), "utf8").catch(
    () => "{}",
  );
  const parsed = publishedSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

/** The ids a page answers to: its sections and the old ids it keeps as aliases. */
export function pageAnchors(page: Page): Set<string> {
  return new Set([
    ...page.compiled.sections.map((section) => section.id),
    ...Object.keys(page.frontmatter.anchorAliases ?? {}),
  ]);
}

function checkIds(page: Page): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const section of page.compiled.sections) {
    const first = seen.get(section.id);
    if (first !== undefined) {
      problems.push({
        file: page.file,
        line: section.line,
        message: `section id "${section.id}" is already used on line ${first}; ids must be unique on a page`,
      });
    } else seen.set(section.id, section.line);
  }
  for (const [old, current] of Object.entries(page.frontmatter.anchorAliases ?? {})) {
    const line = page.fieldLines.anchorAliases ?? 2;
    if (seen.has(old))
      problems.push({
        file: page.file,
        line,
        message: `anchorAliases: "${old}" is still a section id on this page; remove the alias or the section id`,
      });
    if (!seen.has(current))
      problems.push({
        file: page.file,
        line,
        message: `anchorAliases: "${old}" points to "${current}", but no section has that id`,
      });
  }
  return problems;
}

function checkLink(
  page: Page,
  url: string,
  line: number,
  pages: ReadonlyMap<string, Page>,
): ContentProblem | undefined {
  if (!url.startsWith("/") && !url.startsWith("#")) return undefined;
  const [pathPart, id] = url.split("#", 2);
  const route = pathPart === "" ? page.route : (pathPart ?? "").replace(/\/$/, "") || "/";
  const target = pages.get(route);
  if (!target && !appRoutes.includes(route))
    return { file: page.file, line, message: `link to ${url}: there is no page ${route}` };
  if (target?.frontmatter.draft && !page.frontmatter.draft)
    return {
      file: page.file,
      line,
      message: `link to ${url}: ${route} is a draft, so it is not on the site; publish it or remove the link`,
    };
  if (id && target && !pageAnchors(target).has(id)) {
    return {
      file: page.file,
      line,
      message: `link to ${url}: ${route} has no section with id "${id}"`,
    };
  }
  if (id && !target)
    return { file: page.file, line, message: `link to ${url}: ${route} has no linkable sections` };
  return undefined;
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

export type CheckOptions = LoaderOptions;

export async function checkContent(options: CheckOptions = {}): Promise<CheckReport> {
  const contentDir = options.contentDir ?? defaultContentDir();
  const loaded = await Promise.all(
    allCollections.map((collection) =>
      loadCollection<BaseFrontmatter>(collection, { ...options, includeDrafts: true }),
    ),
  );
  const problems = loaded.flatMap((result) => result.problems);
  const pages = new Map<string, Page>(
    loaded.flatMap((result) => result.entries.map((entry) => [entry.route, entry] as const)),
  );
  const redirects = new Map<string, Page>(
    [...pages.values()].flatMap((page) =>
      (page.frontmatter.redirectFrom ?? []).map(
        (old) => [`${page.route.slice(0, page.route.lastIndexOf("/"))}/${old}`, page] as const,
      ),
    ),
  );
  let links = 0;

  for (const page of pages.values()) {
    problems.push(...checkIds(page));
    const frontmatterLinks = Object.entries(page.frontmatter)
      .filter(([field, value]) => field.endsWith("Link") && typeof value === "string")
      .map(([field, value]) => ({ url: String(value), line: page.fieldLines[field] ?? 2 }));
    for (const link of [...page.compiled.links, ...frontmatterLinks]) {
      links += 1;
      const problem = checkLink(page, link.url, link.line, pages);
      if (problem) problems.push(problem);
    }
  }

  const { published, history } = await publishedSections(contentDir);
  const lockFile = path.relative(process.cwd(), path.join(contentDir, publishedSectionsFile));
  // A shallow clone would pass a vanished section silently: its commits are missing, not empty.
  if (history === "shallow")
    problems.push({
      file: lockFile,
      line: 1,
      message:
        "this is a shallow git clone, so the commits that show which section ids were published are missing; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in a CI checkout) and run again",
    });
  const unreadable = new Set(loaded.flatMap((result) => result.unreadable));
  for (const [route, ids] of Object.entries(published)) {
    if (unreadable.has(route)) continue;
    const page = pages.get(route) ?? redirects.get(route);
    if (!page) {
      problems.push({
        file: lockFile,
        line: 1,
        message: `${route} was published but no content file makes it any more; restore it or add its slug to another page's redirectFrom`,
      });
      continue;
    }
    const anchors = pageAnchors(page);
    for (const id of ids.filter((published) => !anchors.has(published))) {
      problems.push({
        file: page.file,
        line: page.fieldLines.anchorAliases ?? 2,
        message: `section id "${id}" was published (marketing may link to ${route}#${id}) and is gone; add it back or add an alias under anchorAliases:  ${id}: new-id`,
      });
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sections = [...pages.values()].reduce(
    (count, page) => count + page.compiled.sections.length,
    0,
  );
  return { problems, pages: pages.size, sections, links, history };
}
