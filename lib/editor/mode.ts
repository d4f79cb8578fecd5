// Where the browser editor (/keystatic) saves, decided once per build and baked into it.
//
// Keystatic's local mode writes files with no sign-in: right on a developer's machine, an open
// door on a server. So local mode exists only in a `next dev` build; a production build gets
// GitHub mode when every GitHub setting is present and valid, and otherwise no editor at all
// (every /keystatic and /api/keystatic address answers 404). The choice is made from Next's
// build phase, not NODE_ENV, so `NODE_ENV=development next start` cannot bring local mode back.

export type EditorStorage = "local" | "github" | "off";

export const githubSettings = [
  "KEYSTATIC_GITHUB_CLIENT_ID",
  "KEYSTATIC_GITHUB_CLIENT_SECRET",
  "KEYSTATIC_SECRET",
  "KEYSTATIC_GITHUB_REPO",
] as const;

type Env = Readonly<Record<string, string | undefined>>;

const repoPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** Why GitHub mode is off, one reason per line; empty when every setting is good. */
export function githubSettingProblems(env: Env): string[] {
  const problems = githubSettings
    .filter((name) => !env[name]?.trim())
    .map((name) => `${name} is not set`);
  const secret = env.KEYSTATIC_SECRET?.trim();
  if (secret && secret.length < 32) problems.push("KEYSTATIC_SECRET is shorter than 32 characters");
  const repo = env.KEYSTATIC_GITHUB_REPO?.trim();
  if (repo && !repoPattern.test(repo))
    problems.push("KEYSTATIC_GITHUB_REPO must look like owner/name");
  return problems;
}

/** The storage a build gets: `development` is true only for Next's development-server phase. */
export function editorStorageFor(development: boolean, env: Env): EditorStorage {
  if (development) return "local";
  return githubSettingProblems(env).length === 0 ? "github" : "off";
}

/** The build's storage, inlined by next.config.ts; anything unexpected counts as off. */
export function builtEditorStorage(): EditorStorage {
  const storage = process.env.ALTUS_EDITOR_STORAGE;
  return storage === "local" || storage === "github" ? storage : "off";
}

/**
 * Whether this server may serve the editor now. Checked on every request, on top of the build's
 * choice: local mode also needs the development runtime, and GitHub mode needs its settings at
 * run time too (Keystatic reads them then), so removing one turns the editor off.
 */
export function editorIsServed(env: Env = process.env): boolean {
  switch (builtEditorStorage()) {
    case "local":
      return process.env.NODE_ENV === "development";
    case "github":
      return githubSettingProblems(env).length === 0;
    default:
      return false;
  }
}
