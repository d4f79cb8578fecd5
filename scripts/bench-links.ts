// npm run bench:links — times GET /go/<code> (a tracked link: look-up, click counted, 307) of the
// production build on loopback at 1 and 10 connections, on SQLite and on PostgreSQL in one run,
// next to a static page served by the same server in the same round (the baseline). Two kinds
// of click: a new visitor every request (each one counted, the worst case) and one visitor
// again and again (counted once an hour). Checks that every new visitor's click was stored.
import Database from "better-sqlite3";
import pg from "pg";
import { benchSetup, load, loadRedirects, type Load } from "./bench-load";
import type { RunningServer } from "./next-server";

const requestsPerRun = Number(process.env.BENCH_REQUESTS ?? 2000);
const connectionCounts = [1, 10];
const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131";

type Sql = (text: string) => Promise<number>;
type Target = { name: string; server: RunningServer; sql: Sql };
type Row = { connections: number; baseline: Load; fresh: Load; repeat: Load };

const bench = await benchSetup("altus-bench-links-");
const { postgres, sqliteFile: file, start } = bench;

const link = `insert into tracked_links (code, target, utm_source, utm_medium, utm_campaign, created_at, created_by)
  values ('bench', '/articles/personal-trainer-vs-coach#cscs', 'bench', 'print', 'bench', '2026-12-01T00:00:00Z', 'bench@altus.example')`;

async function targets(): Promise<Target[]> {
  const databaseUrl = await postgres.createDatabase();
  const sqlite = await start(3446, { LEADS_DB: file, DATABASE_URL: "" });
  const postgresServer = await start(3447, { DATABASE_URL: databaseUrl });
  const sqliteSql: Sql = async (text) => {
    const db = new Database(file);
    try {
      const statement = db.prepare(text);
      return statement.reader ? Number(statement.pluck().get()) : (statement.run(), 0);
    } finally {
      db.close();
    }
  };
  const pgSql: Sql = async (text) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<Record<string, string>>(text);
      return Number(Object.values(rows[0] ?? {})[0] ?? 0);
    } finally {
      await client.end();
    }
  };
  return [
    { name: "SQLite", server: sqlite, sql: sqliteSql },
    { name: "PostgreSQL", server: postgresServer, sql: pgSql },
  ];
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const cell = (run: Load, baseline: Load) =>
  `${Math.round(run.perSecond)} (×${(run.perSecond / baseline.perSecond).toFixed(2)}) ${fmt(run.p50)}/${fmt(run.p99)} ms`;

const results: Record<string, Row[]> = {};
const failures: string[] = [];
let visitors = 0;
try {
  const all = await targets();
  for (const target of all) {
    // The health check opens the database, which runs the migrations; then the link exists.
    await fetch(`${target.server.url}/api/health`);
    await target.sql(link);
    const warm = (n: number) => ({ "user-agent": `${browser} warm-${n}` });
    await load(target.server.url, 10, 200, false);
    await loadRedirects(target.server.url, 10, 200, "/go/bench", warm);
  }
  for (const [round, connections] of connectionCounts.entries()) {
    const order = round % 2 === 0 ? all : [...all].reverse();
    for (const target of order) {
      const before = await target.sql("select count(*) from link_clicks");
      const baseline = await load(target.server.url, connections, requestsPerRun, false);
      const fresh = await loadRedirects(
        target.server.url,
        connections,
        requestsPerRun,
        "/go/bench",
        () => ({
          "user-agent": `${browser} visitor-${(visitors += 1)}`,
        }),
      );
      const stored = (await target.sql("select count(*) from link_clicks")) - before;
      const repeat = await loadRedirects(
        target.server.url,
        connections,
        requestsPerRun,
        "/go/bench",
        () => ({
          "user-agent": `${browser} the-same-visitor-${connections}`,
        }),
      );
      const counted = (await target.sql("select count(*) from link_clicks")) - before - stored;
      (results[target.name] ??= []).push({ connections, baseline, fresh, repeat });
      console.log(
        `${String(connections).padStart(2)} conn  ${target.name.padEnd(10)}  static ${Math.round(baseline.perSecond)} req/s  new visitors ${cell(fresh, baseline)} (${stored} clicks stored of ${fresh.ok} redirects)  one visitor ${cell(repeat, baseline)} (${counted} counted)`,
      );
      if (stored !== fresh.ok)
        failures.push(
          `${target.name} at ${connections}: ${fresh.ok} redirects but ${stored} clicks stored`,
        );
      if (counted !== 1)
        failures.push(`${target.name} at ${connections}: one visitor counted ${counted} times`);
      if (fresh.non2xx + fresh.errors + repeat.non2xx + repeat.errors > 0)
        failures.push(`${target.name} at ${connections}: error answers during the run`);
    }
  }
} finally {
  await bench.close();
}

console.log(`\nGET /go/<code>, ${requestsPerRun} requests per run, loopback, \`next start\`:\n`);
console.log(
  "| database | connections | static page req/s | new visitor each time req/s (×static) p50/p99 | same visitor req/s (×static) p50/p99 |",
);
console.log("|---|---:|---:|---:|---:|");
for (const [name, rows] of Object.entries(results))
  for (const row of rows)
    console.log(
      `| ${name} | ${row.connections} | ${Math.round(row.baseline.perSecond)} | ${cell(row.fresh, row.baseline)} | ${cell(row.repeat, row.baseline)} |`,
    );
if (failures.length > 0) {
  console.error(`\nbench:links FAILED:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
}
