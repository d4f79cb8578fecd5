// Everything `npm run content:check` verifies beyond each file's own frontmatter and syntax:
// section ids, aliases, internal links, and that no published section id silently vanished.
// Every file takes part, valid or not (see checked-page.ts), so one run reports every mistake.
import { allCollections, appRoutes, type BaseFrontmatter } from "./collections";
import { checkedPage, pageAnchors, type CheckedPage } from "./checked-page";
import type { ContentProblem } from "./frontmatter";
import { defaultContentDir, readDocuments } from "./loader";
import type { CommittedSections } from "./published-history";
import { checkPublished } from "./published-check";
import { homeSections, readSettingsFile, settingsFiles, type SettingsDocument } from "./settings";

/**
 * A settings file as content:check sees it: home.yaml is the home page, with its sections and
 * aliases; the others only hold links (the navigation, pages' intros), checked like a page's.
 */
function settingsPage(document: SettingsDocument<unknown>, home: boolean): CheckedPage {
  const data = home ? readHomeFields(document) : undefined;
  return {
    file: document.file,
    route: document.route,
    fieldLines: { anchorAliases: document.lineOf(["anchorAliases"]) },
    sections: data?.sections,
    draft: false,
    anchorAliases: data?.anchorAliases,
    redirectFrom: [],
    links: document.links,
  };
}

function readHomeFields(document: SettingsDocument<unknown>) {
  const home = settingsFiles.home.schema.safeParse(document.data);
  if (!home.success) return undefined;
  const sections = homeSections({ ...document, data: home.data });
  return { sections, anchorAliases: home.data.anchorAliases ?? {} };
}

export type CheckReport = {
  problems: ContentProblem[];
  pages: number;
  sections: number;
  links: number;
  /** Whether git history counted towards the published section ids (see published-history). */
  history: CommittedSections["history"];
};

function checkIds(page: CheckedPage): ContentProblem[] {
  if (!page.sections) return [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const section of page.sections) {
    const first = seen.get(section.id);
    if (first !== undefined) {
      problems.push({
        file: page.file,
        line: section.line,
        message: `section id "${section.id}" is already used on line ${first}; ids must be unique on a page`,
      });
    } else seen.set(section.id, section.line);
  }
  for (const [old, current] of Object.entries(page.anchorAliases ?? {})) {
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

/** A draft flag that is itself a mistake leaves "is this link to a draft?" unanswered. */
function checkLink(
  page: CheckedPage,
  url: string,
  line: number,
  pages: ReadonlyMap<string, CheckedPage>,
): ContentProblem | undefined {
  if (!url.startsWith("/") && !url.startsWith("#")) return undefined;
  const [pathPart, id] = url.split("#", 2);
  const route = pathPart === "" ? page.route : (pathPart ?? "").replace(/\/$/, "") || "/";
  const target = pages.get(route);
  if (!target && !appRoutes.includes(route))
    return { file: page.file, line, message: `link to ${url}: there is no page ${route}` };
  if (target?.draft === true && page.draft === false)
    return {
      file: page.file,
      line,
      message: `link to ${url}: ${route} is a draft, so it is not on the site; publish it or remove the link`,
    };
  const anchors = target && pageAnchors(target);
  if (id && anchors && !anchors.has(id)) {
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

export type CheckOptions = { contentDir?: string };

export async function checkContent(options: CheckOptions = {}): Promise<CheckReport> {
  const contentDir = options.contentDir ?? defaultContentDir();
  const documents = (
    await Promise.all(
      allCollections.map((collection) => readDocuments<BaseFrontmatter>(collection, contentDir)),
    )
  ).flat();
  const settings = Object.entries(settingsFiles).map(([name, definition]) => ({
    name,
    document: readSettingsFile<unknown>(definition, contentDir),
  }));
  const problems = [
    ...documents.flatMap((document) => document.problems),
    ...settings.flatMap(({ document }) => document.problems),
  ];
  const settingsPages = settings.map(({ name, document }) =>
    settingsPage(document, name === "home"),
  );
  const homePage = settingsPages[settings.findIndex(({ name }) => name === "home")];
  const pages = new Map(documents.map(checkedPage).map((page) => [page.route, page] as const));
  if (homePage) pages.set(homePage.route, homePage);
  let links = 0;

  for (const page of new Set([...pages.values(), ...settingsPages])) {
    problems.push(...checkIds(page));
    for (const link of page.links) {
      links += 1;
      const problem = checkLink(page, link.url, link.line, pages);
      if (problem) problems.push(problem);
    }
  }

  const published = await checkPublished(pages, contentDir);
  problems.push(...published.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sections = [...pages.values()].reduce(
    (count, page) => count + (page.sections?.length ?? 0),
    0,
  );
  return { problems, pages: pages.size, sections, links, history: published.history };
}
