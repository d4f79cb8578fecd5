// Settings that work but are wrong for a live site. SITE_URL is baked into static pages at
// build time (canonical and sharing links, the sitemap), so a build without it points every
// link at localhost: say so when building and again when the server starts.
import path from "node:path";
import { githubSettingProblems, githubSettings } from "@/lib/editor/mode";

export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return [
    "warning: SITE_URL is not set, so canonical links, sharing links and the sitemap say http://localhost:3000.",
    "         Set SITE_URL to the site's public address (e.g. SITE_URL=https://altus.example) for `npm run build` and `npm start`.",
  ].join("\n");
}

/** Some GitHub editor settings but not all: the build leaves the editor off, and says why. */
export function editorSettingsWarning(env: Record<string, string | undefined>): string | undefined {
  if (!githubSettings.some((name) => env[name]?.trim())) return undefined;
  const problems = githubSettingProblems(env);
  if (problems.length === 0) return undefined;
  return [
    "warning: the browser editor (/keystatic) is off in this build, because:",
    ...problems.map((problem) => `         - ${problem}`),
    '         Set all four GitHub settings (README, "Editing in the browser") and build again.',
  ].join("\n");
}

/** A relative SQLite path inside .next/standalone would be deleted by the next build. */
export function standaloneDatabaseWarning(
  config: { LEADS_DB: string; DATABASE_URL?: string },
  cwd: string,
): string | undefined {
  if (config.DATABASE_URL || path.isAbsolute(config.LEADS_DB)) return undefined;
  if (!cwd.split(path.sep).join("/").includes("/.next/standalone")) return undefined;
  return `warning: LEADS_DB=${config.LEADS_DB} is inside .next/standalone, which the next build deletes. Give LEADS_DB an absolute path on a persistent disk.`;
}

/** Printed by the server as it starts in production; silent in development, where it is right. */
export function warnAboutDefaults(
  config: { NODE_ENV: string; LEADS_DB: string; DATABASE_URL?: string },
  env: Record<string, string | undefined>,
) {
  if (config.NODE_ENV !== "production") return;
  for (const warning of [siteUrlWarning(env), standaloneDatabaseWarning(config, process.cwd())]) {
    if (warning) console.warn(warning);
  }
}
