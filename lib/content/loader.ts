// The one content loader: lists, reads, validates and compiles the MDX of a collection.
// Pages, the sitemap, content:check, content:links and the tests all come through here:
// content:check reads every file as a Document, mistakes and all; pages get only valid Entries.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { BaseFrontmatter, Collection } from "./collections";
import { compileMdx, type CompiledMdx } from "./compile";
import {
  parseFrontmatter,
  splitFrontmatter,
  type ContentProblem,
  type ParsedFrontmatter,
} from "./frontmatter";

export type LoaderOptions = { contentDir?: string; includeDrafts?: boolean };

/** Where a file is and the page it makes; its route comes from its file name alone. */
type Located = {
  collection: string;
  slug: string;
  file: string;
  route: string;
  /** The line each frontmatter field is on, for messages about it. */
  fieldLines: Record<string, number>;
};

/** A valid file, ready to render. */
export type Entry<F extends BaseFrontmatter> = Located & { frontmatter: F; compiled: CompiledMdx };

/** Any file as read, valid or not, with every mistake in it. */
export type Document<F extends BaseFrontmatter> = Located & {
  frontmatter: ParsedFrontmatter<F>;
  /** Undefined when the body did not compile, or when there is no frontmatter to end before it. */
  compiled: CompiledMdx | undefined;
  problems: ContentProblem[];
};

export type Loaded<F extends BaseFrontmatter> = { entries: Entry<F>[]; problems: ContentProblem[] };

const cache = new Map<string, Promise<unknown>>();

/**
 * The folder that holds content/: the project, or under `next dev` CONTENT_ROOT, so the editor's
 * tests work on a copy. Never elsewhere: a stray value must not change what a build publishes.
 */
export const contentRoot = () =>
  (process.env.NODE_ENV === "development" && process.env.CONTENT_ROOT) || process.cwd();

export const defaultContentDir = () => path.join(contentRoot(), "content");

const fieldLinesOf = (yaml: string | undefined): Record<string, number> =>
  Object.fromEntries(
    (yaml ?? "").split("\n").flatMap((line, index) => {
      const field = /^([A-Za-z]\w*):/.exec(line)?.[1];
      // The YAML starts on line 2 of the file, after the opening ---.
      return field ? [[field, index + 2]] : [];
    }),
  );

async function readDocument<F extends BaseFrontmatter>(
  collection: Collection<F>,
  contentDir: string,
  fileName: string,
): Promise<Document<F>> {
  const absolute = path.join(contentDir, collection.folder, fileName);
  const file = path.relative(process.cwd(), absolute);
  const source = await readFile(absolute, "utf8");
  const { yaml, body } = splitFrontmatter(source);
  const frontmatter = parseFrontmatter(file, source, collection);
  // Without frontmatter nobody knows where the body starts; YAML read as MDX would only add
  // problems that vanish once the frontmatter is fixed.
  const outcome = yaml === undefined ? { problems: [] } : await compileMdx(file, body);
  const slug = fileName.replace(/\.mdx$/, "");
  return {
    collection: collection.name,
    slug,
    file,
    route: `${collection.routePrefix}/${slug}`,
    fieldLines: fieldLinesOf(yaml),
    frontmatter,
    compiled: outcome.compiled,
    problems: [...(frontmatter.ok ? [] : frontmatter.problems), ...outcome.problems],
  };
}

/** Every MDX file of a collection, valid or not, read afresh. */
export async function readDocuments<F extends BaseFrontmatter>(
  collection: Collection<F>,
  contentDir: string,
): Promise<Document<F>[]> {
  const folder = path.join(contentDir, collection.folder);
  const files = (await readdir(folder).catch(() => []))
    .filter((file) => file.endsWith(".mdx"))
    .sort();
  return Promise.all(files.map((file) => readDocument(collection, contentDir, file)));
}

function entryOf<F extends BaseFrontmatter>(document: Document<F>): Entry<F>[] {
  const { frontmatter, compiled } = document;
  if (!frontmatter.ok || !compiled) return [];
  const { collection, slug, file, route, fieldLines } = document;
  return [{ collection, slug, file, route, fieldLines, frontmatter: frontmatter.data, compiled }];
}

async function load<F extends BaseFrontmatter>(
  collection: Collection<F>,
  contentDir: string,
  includeDrafts: boolean,
): Promise<Loaded<F>> {
  const documents = await readDocuments(collection, contentDir);
  return {
    entries: documents
      .flatMap(entryOf)
      .filter((entry) => includeDrafts || !entry.frontmatter.draft),
    problems: documents.flatMap((document) => document.problems),
  };
}

/** Every valid entry of a collection with the problems found; drafts only in development by default. */
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
