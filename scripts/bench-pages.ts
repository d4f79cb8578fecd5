// npm run bench:pages — builds this site and a bare one-page Next app (the baseline, same Next,
// same node_modules), then prints per route: client JS gzip (site vs baseline), CSS, HTML, and
// Lighthouse mobile scores (median of BENCH_RUNS, default 3) in Debian's Chromium against
// `next start`; BENCH_THROTTLING=devtools applies throttling instead of simulating it. Runs are
// interleaved (baseline, then every route, per round) so a busy machine slows both sides alike;
// a second table shows the metrics behind each performance score. Before Lighthouse, it times the
// server's answers to GETs of each route against the bare page (autocannon, BENCH_REQUESTS per
// round); BENCH_LIGHTHOUSE=0 stops after that.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { getContentPages } from "@/lib/content";
import { chromiumArgs, findBrowser, systemChromium } from "./browser";
import { startNextServer } from "./next-server";
import { load, type Load } from "./bench-load";
import { buildBareApp, pageHtmlFile, weighPage } from "./page-weight";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const serverRequests = Number(process.env.BENCH_REQUESTS ?? 2000);
// Lighthouse's default, "simulate", loads the page unthrottled and models a slow phone from the
// trace; "devtools" really throttles network and CPU while loading, a cross-check of the model.
const throttlingMethod = process.env.BENCH_THROTTLING === "devtools" ? "devtools" : "simulate";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const metrics = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  SI: "speed-index",
  CLS: "cumulative-layout-shift",
} as const;

// The issue asks for Debian's Chromium; fall back to whatever the tests use.
const chromePath =
  process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : findBrowser()?.path);
if (!chromePath) throw new Error("No Chromium: run `npx tsx scripts/ensure-browser.ts` first.");

console.log(
  `building the site and the bare baseline … (Lighthouse throttling: ${throttlingMethod})`,
);
execFileSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const bareDir = buildBareApp();
const dynamicRoutes = new Set(["/contact"]);
const routes = [
  "/",
  "/articles",
  "/certifications",
  ...(await getContentPages()).map((page) => page.route),
  "/contact",
  "/contact/thanks",
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

type Samples = Record<string, number[]>;

async function audit(url: string, into: Samples) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      throttlingMethod,
    });
    const lhr = result?.lhr;
    for (const category of categories) {
      (into[category] ??= []).push(Math.round((lhr?.categories[category]?.score ?? 0) * 100));
    }
    for (const [name, id] of Object.entries(metrics)) {
      (into[name] ??= []).push(lhr?.audits[id]?.numericValue ?? Number.NaN);
    }
    const failed = Object.values(lhr?.audits ?? {})
      .filter((item) => item.score !== null && item.score < 1 && item.scoreDisplayMode === "binary")
      .map((item) => item.id);
    if (failed.length > 0) console.log(`  ${url}: failed audits ${failed.join(", ")}`);
  } finally {
    chrome.kill();
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "altus-bench-pages-"));
const site = await startNextServer(3402, { LEADS_DB: path.join(dir, "leads.db") });
const bare = await startNextServer(3403, {}, { cwd: bareDir, readyPath: "/" });

const baselineLabel = "bare Next page (baseline)";
const longBaselineLabel = "bare Next page, long";

// What the server spends per request next to the bare page, which has no proxy: the same number
// of GETs, alternating bare and site, 10 connections. Each static page is timed twice: as served
// (straight from the build, policy included) and through proxy.ts, as every page was before the
// policies moved into the build. A GET carrying a Content-Type header is in the proxy's matcher
// and gets the same page and policy, so the difference is the proxy's cost alone.
const throughProxy = { "content-type": "text/plain" };
const proxiedSuffix = " through proxy (before)";
const proxiedLabel = (route: string) => `${route}${proxiedSuffix}`;
type Target = { label: string; url: string; route: string; headers?: Record<string, string> };
const answers = new Map<string, Load[]>();
for (let round = 1; round <= runs; round += 1) {
  const targets: Target[] = [
    { label: baselineLabel, url: bare.url, route: "/" },
    { label: longBaselineLabel, url: bare.url, route: "/long" },
    ...routes.flatMap((route) => [
      { label: route, url: site.url, route },
      ...(dynamicRoutes.has(route)
        ? []
        : [{ label: proxiedLabel(route), url: site.url, route, headers: throughProxy }]),
    ]),
  ];
  for (const { label, url, route, headers } of targets) {
    const result = await load(url, 10, serverRequests, false, route, headers);
    answers.set(label, [...(answers.get(label) ?? []), result]);
  }
}
const rateOf = (label: string) => median((answers.get(label) ?? []).map((run) => run.perSecond));
const bareRate = rateOf(baselineLabel);
const longBareRate = rateOf(longBaselineLabel);
/** HTML bytes of a prerendered page (as sent without compression), to read the ratios by. */
const htmlBytes = (label: string) => {
  const [app, route] =
    label === baselineLabel
      ? [bareDir, "/"]
      : label === longBaselineLabel
        ? [bareDir, "/long"]
        : [process.cwd(), label.replace(proxiedSuffix, "")];
  const file = pageHtmlFile(app, route);
  return existsSync(file) ? statSync(file).size : undefined;
};
console.log(`Server answers (${serverRequests} GETs × ${runs} rounds, 10 connections; medians):`);
console.table(
  [...answers].map(([route, loads]) => {
    const rate = median(loads.map((run) => run.perSecond));
    return {
      route,
      "req/s": Math.round(rate),
      "HTML KB": ((htmlBytes(route) ?? Number.NaN) / 1024).toFixed(0),
      "vs bare": (rate / bareRate).toFixed(2),
      "vs long bare": (rate / longBareRate).toFixed(2),
      "p50 ms": median(loads.map((run) => run.p50)),
      "p99 ms": median(loads.map((run) => run.p99)),
      non2xx: loads.reduce((sum, run) => sum + run.non2xx, 0),
    };
  }),
);
if (process.env.BENCH_LIGHTHOUSE === "0") {
  await site.stop();
  await bare.stop();
  process.exit(0);
}
const samples = new Map<string, Samples>([
  [baselineLabel, {}],
  ...routes.map((route) => [route, {}] as [string, Samples]),
]);
try {
  for (let round = 1; round <= runs; round += 1) {
    console.log(`Lighthouse round ${round} of ${runs} …`);
    await audit(`${bare.url}/`, samples.get(baselineLabel) ?? {});
    for (const route of routes) await audit(`${site.url}${route}`, samples.get(route) ?? {});
  }
} finally {
  await site.stop();
  await bare.stop();
  rmSync(dir, { recursive: true, force: true });
}

const baseline = weighPage(bareDir, "/");
const scores = [...samples].map(([route, values]) => {
  // Pages rendered per request have no prerendered HTML to weigh.
  const weight =
    route === baselineLabel
      ? baseline
      : dynamicRoutes.has(route)
        ? undefined
        : weighPage(process.cwd(), route);
  return {
    route,
    "JS gz": weight?.js ?? "n/a",
    "JS ratio": weight ? (weight.js / baseline.js).toFixed(2) : "n/a",
    "CSS gz": weight?.css ?? "n/a",
    "HTML gz": weight?.html ?? "n/a",
    ...Object.fromEntries(categories.map((category) => [category, median(values[category] ?? [])])),
  };
});
console.table(scores);
console.log("Median Lighthouse metrics (simulated mobile: ms, CLS unitless):");
console.table(
  [...samples].map(([route, values]) => ({
    route,
    ...Object.fromEntries(
      Object.keys(metrics).map((name) => {
        const value = median(values[name] ?? []);
        return [name, name === "CLS" ? value.toFixed(3) : Math.round(value)];
      }),
    ),
  })),
);
