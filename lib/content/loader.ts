// The one content loader: lists, reads, validates and compiles the MDX of a collection.
// Pages, the sitemap, content:check, content:links and the tests all come through here.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { BaseFrontmatter, Collection } from "./collections";
import { compileMdx, type CompiledMdx } from "./compile";
import { parseFrontmatter, type ContentProblem } from "./frontmatter";

export type LoaderOptions = { contentDir?: string; includeDrafts?: boolean };

export type Entry<F extends BaseFrontmatter> = {
  collection: string;
  slug: string;
  file: string;
  route: string;
  frontmatter: F;
  /** The line each frontmatter field is on, for messages about it. */
  fieldLines: Record<string, number>;
  compiled: CompiledMdx;
};

/** `unreadable`: routes of files too broken to load, so they are reported once, not as missing. */
export type Loaded<F extends BaseFrontmatter> = {
  entries: Entry<F>[];
  problems: ContentProblem[];
  unreadable: string[];
};

const cache = new Map<string, Promise<unknown>>();

/**
 * The folder that holds content/: the project, or under `next dev` CONTENT_ROOT, so the editor's
 * tests work on a copy. Never elsewhere: a stray value must not change what a build publishes.
 */
export const contentRoot = () =>
  (process.env.NODE_ENV === "development" && process.env.CONTENT_ROOT) || process.cwd();

export const defaultContentDir = () => path.join(contentRoot(), "content");

async function readEntry<F extends BaseFrontmatter>(
  collection: Collection<F>,
  contentDir: string,
  fileName: string,
) {
  const absolute = path.join(contentDir, collection.folder, fileName);
  const file = path.relative(process.cwd(), absolute);
  const source = await readFile(absolute, "utf8");
  const frontmatter = parseFrontmatter(file, source, collection.schema);
  const compiled = await compileMdx(
    file,
    source.replace(/^---\r?\n[\s\S]*?\r?\n---/, (block) =>
      "\n".repeat(block.split("\n").length - 1),
    ),
  );
  const problems = [...(frontmatter.ok ? [] : frontmatter.problems), ...compiled.problems];
  const slug = fileName.replace(/\.mdx$/, "");
  const route = `${collection.routePrefix}/${slug}`;
  if (!frontmatter.ok || !compiled.compiled) return { problems, unreadable: route };
  const entry: Entry<F> = {
    collection: collection.name,
    slug,
    file,
    route,
    frontmatter: frontmatter.data,
    fieldLines: Object.fromEntries(
      source.split("\n").flatMap((line, index) => {
        const field = /^([A-Za-z]\w*):/.exec(line)?.[1];
        return field ? [[field, index + 1]] : [];
      }),
    ),
    compiled: compiled.compiled,
  };
  return { entry, problems, unreadable: undefined };
}

async function load<F extends BaseFrontmatter>(
  collection: Collection<F>,
  contentDir: string,
  includeDrafts: boolean,
): Promise<Loaded<F>> {
  const folder = path.join(contentDir, collection.folder);
  const files = (await readdir(folder).catch(() => []))
    .filter((file) => file.endsWith(".mdx"))
    .sort();
  const results = await Promise.all(files.map((file) => readEntry(collection, contentDir, file)));
  const entries = results
    .flatMap((result) => (result.entry ? [result.entry] : []))
    .filter((entry) => includeDrafts || !entry.frontmatter.draft);
  return {
    entries,
    problems: results.flatMap((result) => result.problems),
    unreadable: results.flatMap((result) => (result.unreadable ? [result.unreadable] : [])),
  };
}

/** Every entry of a collection with the problems found; drafts only in development by default. */
export function loadCollection<F extends BaseFrontmatter>(
  collection: Collection<F>,
  options: LoaderOptions = {},
): Promise<Loaded<F>> {
  const contentDir = options.contentDir ?? defaultContentDir();
  const includeDrafts = options.includeDrafts ?? process.env.NODE_ENV === "development";
  // In development staff edit files while the server runs, so nothing is kept.
  if (process.env.NODE_ENV === "development") return load(collection, contentDir, includeDrafts);
  const key = `${contentDir}|${collection.name}|${includeDrafts}`;
  const cached = cache.get(key);
  if (cached) return cached as Promise<Loaded<F>>;
  const loading = load(collection, contentDir, includeDrafts);
  cache.set(key, loading);
  return loading;
}
