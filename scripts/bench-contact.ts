// npm run bench:contact — loads POST /api/contact of the production build on loopback at 1, 10
// and 50 connections and prints req/s and latency, next to a static page served by the same
// server in the same run (the baseline). Checks that every 2xx answer left exactly one row.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { startNextServer } from "./next-server";

const requestsPerRun = Number(process.env.BENCH_REQUESTS ?? 2000);
const connectionCounts = [1, 10, 50];

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), "altus-bench-"));
const file = path.join(dir, "leads.db");
const server = await startNextServer(3399, {
  LEADS_DB: file,
  LEADS_RATE_LIMIT: "0",
  LEADS_MIN_FILL_MS: "0",
});

function lead() {
  return JSON.stringify({
    name: "Bench Mark",
    email: "bench@example.com",
    goals: ["strength"],
    contactMethod: "email",
    consent: true,
    submissionId: randomUUID(),
  });
}

// autocannon reports whole seconds; time from the first request to the last answer ourselves.
async function load(connections: number, post: boolean) {
  const started = performance.now();
  let lastAnswer = started;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const run = autocannon(
    {
      url: `${server.url}${post ? "/api/contact" : "/contact/thanks"}`,
      connections,
      amount: requestsPerRun,
      requests: [
        post
          ? {
              method: "POST",
              headers: { "content-type": "application/json" },
              setupRequest: (request) => ({ ...request, body: lead() }),
            }
          : { method: "GET" },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  run.on("response", () => {
    lastAnswer = performance.now();
  });
  const result = await done;
  return { ...result, seconds: (lastAnswer - started) / 1000 };
}

const countRows = () => {
  const db = new Database(file, { readonly: true });
  const rows = Number(db.prepare("select count(*) from leads").pluck().get());
  db.close();
  return rows;
};

const perSecond = (result: { requests: { total: number }; seconds: number }) =>
  result.requests.total / result.seconds;

const table: Record<string, string | number>[] = [];
let answered2xx = 0;
try {
  for (const connections of connectionCounts) {
    const baseline = await load(connections, false);
    const result = await load(connections, true);
    answered2xx += result["2xx"];
    const rows = countRows();
    table.push({
      connections,
      requests: result.requests.total,
      "POST req/s": Math.round(perSecond(result)),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      "2xx": result["2xx"],
      "non-2xx": result.non2xx,
      errors: result.errors,
      "rows stored": rows,
      "rows == 2xx": rows === answered2xx ? "yes" : "NO",
      "static GET req/s (baseline)": Math.round(perSecond(baseline)),
      "POST / baseline": (perSecond(result) / perSecond(baseline)).toFixed(2),
    });
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.table(table);
if (table.some((row) => row["rows == 2xx"] !== "yes")) process.exit(1);
