// npm run bench:pages — builds this site and a bare one-page Next app (the baseline, same Next,
// same node_modules), then prints per route: client JS gzip (site vs baseline), CSS, HTML, and
// Lighthouse mobile scores (median of 3 runs) in Debian's Chromium against `next start`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findBrowser } from "./browser";
import { startNextServer } from "./next-server";
import { buildBareApp, weighPage } from "./page-weight";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const routes = [
  "/",
  "/articles/personal-trainer-vs-coach",
  "/certifications",
  "/certifications/cscs",
  "/contact",
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const browser = findBrowser();
if (!browser) throw new Error("No Chromium: run `npx tsx scripts/ensure-browser.ts` first.");

console.log("building the site and the bare baseline …");
execFileSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const bareDir = buildBareApp();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function scores(url: string) {
  const perRun: Record<string, number[]> = {};
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: browser?.path,
      chromeFlags: ["--headless=new", ...chromiumArgs],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
      });
      for (const category of categories) {
        (perRun[category] ??= []).push(
          Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
        );
      }
    } finally {
      chrome.kill();
    }
  }
  return Object.fromEntries(
    categories.map((category) => [category, median(perRun[category] ?? [])]),
  );
}

const dir = mkdtempSync(path.join(tmpdir(), "altus-bench-pages-"));
const site = await startNextServer(3402, { LEADS_DB: path.join(dir, "leads.db") });
const bare = await startNextServer(3403, {}, { cwd: bareDir, readyPath: "/" });
const table: Record<string, string | number>[] = [];
try {
  const baseline = weighPage(bareDir, "/");
  const baselineScores = await scores(`${bare.url}/`);
  table.push({
    route: "bare Next page (baseline)",
    "JS gz": baseline.js,
    "JS ratio": "1.00",
    "CSS gz": baseline.css,
    "HTML gz": baseline.html,
    ...baselineScores,
  });
  for (const route of routes) {
    // /contact is rendered per request, so it has no prerendered HTML to weigh.
    const weight = route === "/contact" ? undefined : weighPage(process.cwd(), route);
    table.push({
      route,
      "JS gz": weight?.js ?? "n/a",
      "JS ratio": weight ? (weight.js / baseline.js).toFixed(2) : "n/a",
      "CSS gz": weight?.css ?? "n/a",
      "HTML gz": weight?.html ?? "n/a",
      ...(await scores(`${site.url}${route}`)),
    });
  }
} finally {
  await site.stop();
  await bare.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.table(table);
