// Under `next start` without the GitHub settings, the editor does not exist: Keystatic's local
// mode would otherwise let anyone list and rewrite the deployed files without signing in.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";

const port = 3354;
let hostile: RunningServer;

/** One hash over every file in content/, names included. */
function contentFingerprint(): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync("content", { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .sort()) {
    hash.update(entry).update(readFileSync(entry));
  }
  return hash.digest("hex");
}

test.beforeAll(async () => {
  // Everything that might tempt the server into local mode: a development NODE_ENV, the build's
  // own storage variable, and some (not all) of the GitHub settings.
  hostile = await startNextServer(port, {
    NODE_ENV: "development",
    ALTUS_EDITOR_STORAGE: "local",
    KEYSTATIC_GITHUB_CLIENT_ID: "Iv1.0123456789abcdef",
    KEYSTATIC_SECRET: "a-secret-of-at-least-thirty-two-characters",
    KEYSTATIC_GITHUB_REPO: "altus/site",
  });
});

test.afterAll(async () => {
  await hostile?.stop();
});

const intrusion = {
  additions: [
    {
      path: "content/articles/intruder.mdx",
      contents: Buffer.from("---\ntitle: Intruder\n---\n").toString("base64url"),
    },
  ],
  deletions: [{ path: "content/certifications/cscs.mdx" }],
};

test("every editor address answers 404 and content/ is untouched", async ({ request, baseURL }) => {
  const before = contentFingerprint();
  for (const site of [baseURL ?? "", hostile.url]) {
    for (const address of [
      "/keystatic",
      "/keystatic/",
      "/keystatic/collection/articles",
      "/keystatic/collection/articles/item/personal-trainer-vs-coach",
      // Next's own variants of a page address, for its client-side router.
      "/keystatic/collection/articles.rsc",
      "/keystatic/_tree.segment.rsc",
    ]) {
      const page = await request.get(`${site}${address}`);
      expect(page.status(), `${site}${address}`).toBe(404);
      // The site's own 404 page, readable without JavaScript.
      expect(await page.text()).toContain("We can’t find that page");
    }
    const rsc = await request.get(`${site}/keystatic/collection/articles`, {
      headers: { rsc: "1" },
      maxRedirects: 0,
    });
    expect(rsc.status()).toBe(404);
    const tree = await request.get(`${site}/api/keystatic/tree`, { headers: { "no-cors": "1" } });
    expect(tree.status()).toBe(404);
    expect(await tree.text()).toBe("Not found");
    const update = await request.post(`${site}/api/keystatic/update`, {
      headers: { "no-cors": "1", "content-type": "application/json" },
      data: intrusion,
    });
    expect(update.status()).toBe(404);
    const login = await request.get(`${site}/api/keystatic/github/login`, { maxRedirects: 0 });
    expect(login.status()).toBe(404);
  }
  expect(contentFingerprint()).toBe(before);
  expect(hostile.output()).not.toMatch(/Error/);
});
