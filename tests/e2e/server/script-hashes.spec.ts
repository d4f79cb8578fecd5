// A static page's policy allows the scripts the build wrote, not whatever its HTML holds when
// it is served: a script added to the page's file after the build (a tampered deploy, a stored
// injection) is blocked, while the page's own scripts still run.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs, findBrowser } from "../../../scripts/browser";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { deployStandalone } from "./standalone";

let dir: string;
let server: RunningServer | undefined;

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

test("a script added to a static page's HTML after the build is blocked; the page's own scripts run", async () => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-tampered-"));
  // The edited page is unlinked first, so the build's own file is left as it was.
  const app = deployStandalone(dir);
  const page = path.join(
    app,
    ".next",
    "server",
    "app",
    "articles",
    "personal-trainer-vs-coach.html",
  );
  const injected = "<script>document.title = 'tampered'; window.tampered = true;</script>";
  const html = readFileSync(page, "utf8");
  unlinkSync(page);
  writeFileSync(page, html.replace("</body>", `${injected}</body>`));

  server = await startNextServer(
    3344,
    { LEADS_DB: path.join(dir, "leads.db") },
    { standalone: app },
  );
  const browser = await chromium.launch({
    executablePath: findBrowser()?.path,
    args: chromiumArgs,
  });
  try {
    const tab = await browser.newPage();
    const violations: string[] = [];
    await tab.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await tab.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = Reflect.get(window, "reportViolation");
        if (typeof report === "function") report(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await tab.goto(`${server.url}/articles/personal-trainer-vs-coach`);
    expect(await response?.text()).toContain(injected);
    // The page's own scripts ran: Next's runtime is up.
    await expect.poll(() => tab.evaluate(() => "next" in window)).toBe(true);
    expect(await tab.evaluate(() => "tampered" in window)).toBe(false);
    expect(await tab.title()).not.toBe("tampered");
    // Exactly one inline script was refused: the added one.
    await expect.poll(() => violations).toEqual(["script-src-elem inline"]);
  } finally {
    await browser.close();
  }
});
