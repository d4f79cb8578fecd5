// The site's own words for pages: the site settings, the home page and the fixed pages' intros,
// read from their YAML files (settings.ts) and refused with every mistake named.
import { contentErrorOf } from "./errors";
import { defaultContentDir, type LoaderOptions } from "./loader";
import {
  homeSections,
  readSettingsFile,
  settingsFiles,
  type FixedPage,
  type PageWords,
  type SettingsFile,
} from "./settings";

const settingsCache = new Map<string, unknown>();

/**
 * The words of one settings file (site.yaml, home.yaml, pages/*.yaml), valid or an error naming
 * each mistake. Kept once read, except under `next dev`, where staff edit while the server runs.
 */
function settingsOf<T>(definition: SettingsFile<T>, options?: LoaderOptions): T {
  const contentDir = options?.contentDir ?? defaultContentDir();
  const key = `${contentDir}|${definition.file}`;
  const development = process.env.NODE_ENV === "development";
  if (!development && settingsCache.has(key)) return settingsCache.get(key) as T;
  const { data, problems } = readSettingsFile(definition, contentDir);
  if (!data) throw contentErrorOf(problems);
  if (!development) settingsCache.set(key, data);
  return data;
}

/** The site's name, tagline, menu label and navigation (content/site.yaml). */
export const getSite = (options?: LoaderOptions) => settingsOf(settingsFiles.site, options);

/** The home page's words and section ids (content/home.yaml). */
export const getHome = (options?: LoaderOptions) => settingsOf(settingsFiles.home, options);

/** The title, description and intro of a page that is not MDX (content/pages/<page>.yaml). */
export function getPageWords<P extends FixedPage>(page: P, options?: LoaderOptions): PageWords<P> {
  const definition: SettingsFile<PageWords<P>> = settingsFiles[page];
  return settingsOf(definition, options);
}

/** Every word of the contact form: labels, hints, choices, messages (content/forms/contact.yaml). */
export const getFormWords = (options?: LoaderOptions) =>
  settingsOf(settingsFiles.contactForm, options);

/** The home page's linkable sections, for the links list and content:links. */
export function getHomeSections(options?: LoaderOptions) {
  const document = readSettingsFile(settingsFiles.home, options?.contentDir ?? defaultContentDir());
  return {
    sections: homeSections(document) ?? [],
    anchorAliases: document.data?.anchorAliases ?? {},
  };
}

/** The home page as the links list shows a page: its title, sections and old section ids. */
export function getHomeLinkPage(options?: LoaderOptions) {
  const home = getHome(options);
  return {
    route: "/",
    frontmatter: { title: home.title, anchorAliases: home.anchorAliases ?? {} },
    compiled: { sections: getHomeSections(options).sections },
  };
}
