// GitHub mode, end to end as far as this machine can go (GitHub itself is not reachable): a
// build made with all four settings serves the editor and sends sign-in to GitHub, has no file
// API, and turns the editor off again when a setting is missing where it runs.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs, findBrowser } from "../../../scripts/browser";
import { startNextServer } from "../../../scripts/next-server";

const github = {
  KEYSTATIC_GITHUB_CLIENT_ID: "Iv1.altustestclient",
  KEYSTATIC_GITHUB_CLIENT_SECRET: "0123456789abcdef0123456789abcdef01234567",
  KEYSTATIC_SECRET: "a-secret-of-at-least-thirty-two-characters",
  KEYSTATIC_GITHUB_REPO: "altus/site",
};

/** The committed project, built with the GitHub settings in a folder of its own. */
function buildGithubModeCopy(): string {
  const dir = path.join(process.cwd(), ".bench", "github-editor");
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0");
  for (const file of files.filter(Boolean)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(file, path.join(dir, file));
  }
  // Hard links: a copy of node_modules in seconds, and Turbopack resolves it as a real folder.
  execFileSync("cp", ["-al", "node_modules", path.join(dir, "node_modules")]);
  // As deployed: `npm run build`, which also writes the static pages' policies into the build.
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: dir,
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...github },
  });
  return dir;
}

test("a build with every GitHub setting serves the editor, and only while they are all set", async ({
  request,
}) => {
  test.setTimeout(600_000);
  const dir = buildGithubModeCopy();

  const complete = await startNextServer(
    3355,
    { ...github, LEADS_DB: path.join(dir, "leads.db") },
    { cwd: dir },
  );
  try {
    const editor = await request.get(`${complete.url}/keystatic`);
    expect(editor.status()).toBe(200);
    expect(editor.headers()["content-security-policy"]).toContain(
      "connect-src 'self' https://api.github.com",
    );
    expect(editor.headers()["cache-control"]).toBe("private, no-store");
    // Only scripts carrying this response's nonce (and what they load) run in the editor.
    expect(editor.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic';/,
    );
    const browser = await chromium.launch({
      executablePath: findBrowser()?.path,
      args: chromiumArgs,
    });
    try {
      const tab = await browser.newPage();
      const blocked: string[] = [];
      tab.on("console", (message) => {
        // Keystatic's Google Fonts stylesheet is refused on purpose (see README); scripts never.
        if (/Content Security Policy directive: "script-src/.test(message.text()))
          blocked.push(message.text());
      });
      await tab.goto(`${complete.url}/keystatic`);
      // Keystatic's app is client-rendered: its sign-in button shows only if its scripts ran.
      await expect(tab.getByRole("button", { name: /GitHub/ })).toBeVisible();
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
    }
    const signIn = await request.get(`${complete.url}/api/keystatic/github/login`, {
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(307);
    const location = new URL(signIn.headers().location ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(
      "https://github.com/login/oauth/authorize",
    );
    expect(location.searchParams.get("client_id")).toBe(github.KEYSTATIC_GITHUB_CLIENT_ID);
    expect(location.searchParams.get("redirect_uri")).toBe(
      `${complete.url}/api/keystatic/github/oauth/callback`,
    );
    // GitHub mode has no file API on the server: edits go from the browser to GitHub.
    const tree = await request.get(`${complete.url}/api/keystatic/tree`, {
      headers: { "no-cors": "1" },
    });
    expect(tree.status()).toBe(404);
  } finally {
    await complete.stop();
  }

  // The same build, started without one of the settings.
  const missing = await startNextServer(
    3355,
    { ...github, KEYSTATIC_GITHUB_CLIENT_SECRET: "", LEADS_DB: path.join(dir, "leads.db") },
    { cwd: dir },
  );
  try {
    expect((await request.get(`${missing.url}/keystatic`)).status()).toBe(404);
    const signIn = await request.get(`${missing.url}/api/keystatic/github/login`, {
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(404);
  } finally {
    await missing.stop();
  }
});
