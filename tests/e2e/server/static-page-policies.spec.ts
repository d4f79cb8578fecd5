// Static pages are answered straight from the build, with the policy written into it, and
// proxy.ts never runs for them; everything rendered per request still goes through it. The
// server is started with ALTUS_PROXY_CANARY=1, which makes the proxy mark every answer it made.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { onePolicy, ownScriptSources, scriptSources } from "../policies";
import { deployStandalone } from "./standalone";

let dir: string;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-page-policies-"));
});
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as unknown;
const prerendered = readJson(".next/prerender-manifest.json") as {
  routes: Record<string, { routeType?: string }>;
  dynamicRoutes: Record<string, unknown>;
};
const appRoutes = Object.entries(readJson(".next/app-path-routes-manifest.json") as object);

/** Every page Next wrote at build time that has an address of its own. */
const staticPages = Object.entries(prerendered.routes)
  .filter(([route, { routeType }]) => routeType === "page" && !route.startsWith("/_"))
  .map(([route]) => route);

/**
 * Every route Next answers per request, with an address to try it at. The proxy runs for all of
 * them but these, which take their headers from next.config.ts: the routes that read a body
 * (for a proxy, Next would read it to its end first) and two JSON answers with nothing to guard.
 */
const withoutProxy = new Set([
  "/api/contact",
  "/api/contact/form-token",
  "/api/health",
  "/admin/actions/accept-invitation",
  "/admin/actions/change-role",
  "/admin/actions/delete",
  "/admin/actions/forgot-password",
  "/admin/actions/invite",
  "/admin/actions/not-spam",
  "/admin/actions/note",
  "/admin/actions/passkey-options",
  "/admin/actions/passkey-register",
  "/admin/actions/passkey-register-options",
  "/admin/actions/passkey-remove",
  "/admin/actions/passkey-sign-in",
  "/admin/actions/remove-member",
  "/admin/actions/reset-link",
  "/admin/actions/reset-password",
  "/admin/actions/retry",
  "/admin/actions/sign-in",
  "/admin/actions/sign-out",
  "/admin/actions/status",
  "/admin/actions/tracked-link",
  "/admin/actions/tracked-link-archive",
  "/admin/actions/tracked-link-target",
  "/admin/actions/withdraw-invitation",
  "/go/[code]",
]);
const dynamicRoutes = appRoutes
  .map(([, route]) => route as string)
  .filter((route) => !(route in prerendered.routes) && !(route in prerendered.dynamicRoutes))
  .filter((route) => !route.startsWith("/_"))
  .map((route) => ({
    route,
    address: route
      .replace("/[[...params]]", "")
      .replace("[...params]", "tree")
      .replace("[id]", "1")
      .replace("[code]", "no-such-code")
      .replace("[token]", "no-such-token"),
  }));

const ranProxy = (answer: { headers: () => Record<string, string> }) =>
  answer.headers()["x-altus-proxy"] === "ran";

const servers = {
  "npm start": (env: Record<string, string>) => startNextServer(3371, env),
  "the standalone server": (env: Record<string, string>) =>
    startNextServer(3372, env, { standalone: deployStandalone(dir) }),
};

for (const [how, start] of Object.entries(servers)) {
  test(`${how}: static pages and 404s skip the proxy and carry exactly their own policy; what is rendered per request runs it`, async () => {
    server = await start({ LEADS_DB: path.join(dir, "leads.db"), ALTUS_PROXY_CANARY: "1" });
    const api: APIRequestContext = await request.newContext({ baseURL: server.url });
    try {
      expect(staticPages.length).toBeGreaterThanOrEqual(8);
      for (const page of staticPages) {
        const answer = await api.get(page);
        expect(answer.status(), page).toBe(200);
        expect(scriptSources(answer), page).toEqual(ownScriptSources(await answer.text()));
        expect(ranProxy(answer), page).toBe(false);
        const head = await api.head(page);
        expect(onePolicy(head), page).toBe(onePolicy(answer));
        expect(ranProxy(head), page).toBe(false);
      }

      for (const missing of ["/no-such-page", "/articles/no-such-article", "/Admin"]) {
        const answer = await api.get(missing);
        expect(answer.status(), missing).toBe(404);
        expect(scriptSources(answer), missing).toEqual(ownScriptSources(await answer.text()));
        expect(ranProxy(answer), missing).toBe(false);
      }

      expect(dynamicRoutes.map(({ route }) => route)).toContain("/contact");
      for (const { route, address } of dynamicRoutes) {
        const answer = await api.get(address, { maxRedirects: 0 });
        expect(answer.status(), address).toBeLessThan(500);
        onePolicy(answer);
        expect(ranProxy(answer), route).toBe(!withoutProxy.has(route));
      }

      const posted = await api.post("/certifications", { form: { anything: "1" } });
      const action = await api.post("/articles/personal-trainer-vs-coach", {
        headers: { "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      for (const answer of [posted, action]) {
        expect(ranProxy(answer), answer.url()).toBe(true);
        expect(scriptSources(answer).some((source) => source.startsWith("'nonce-"))).toBe(true);
      }
    } finally {
      await api.dispose();
    }
  });
}

test("a build whose page lost its policy is refused at start-up, with the fix named", async () => {
  const app = deployStandalone(dir);
  const meta = path.join(app, ".next", "server", "app", "certifications", "cscs.meta");
  const written = readJson(meta) as { headers: Record<string, string> };
  delete written.headers["content-security-policy"];
  unlinkSync(meta);
  writeFileSync(meta, JSON.stringify(written));
  await expect(
    startNextServer(3373, { LEADS_DB: path.join(dir, "leads.db") }, { standalone: app }),
  ).rejects.toThrow(
    "Not starting: /certifications/cscs would be served without its Content-Security-Policy; build with `npm run build` (not `next build` alone), then start again.",
  );
});
