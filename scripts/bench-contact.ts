// npm run bench:contact — loads POST /api/contact of the production build on loopback at 1, 10
// and 50 connections, on SQLite and on PostgreSQL in one run, and prints req/s and latency next
// to a static page served by the same server in the same round (the baseline). Checks that
// every 2xx answer left exactly one row, and ends with a markdown table for a closing note.
import Database from "better-sqlite3";
import pg from "pg";
import { benchSetup, load, type Load } from "./bench-load";
import type { RunningServer } from "./next-server";

const requestsPerRun = Number(process.env.BENCH_REQUESTS ?? 2000);
const connectionCounts = [1, 10, 50];

type Target = { name: string; server: RunningServer; rows: () => Promise<number>; ok: number };
type Row = { connections: number; baseline: Load; post: Load; rows: number; expected: number };

const bench = await benchSetup("altus-bench-");
const { postgres, sqliteFile: file } = bench;

async function pgQuery(url: string, text: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(text);
    return Object.values(rows[0] ?? {})[0] ?? "";
  } finally {
    await client.end();
  }
}

const start = (port: number, env: Record<string, string>) =>
  bench.start(port, { LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0", ...env });

// One server per database, both up for the whole run, so each round can visit both.
async function targets(): Promise<Target[]> {
  const databaseUrl = await postgres.createDatabase();
  // Empty, not unset: a DATABASE_URL in the caller's shell must not turn this one into PostgreSQL.
  const sqlite = await start(3398, { LEADS_DB: file, DATABASE_URL: "" });
  const postgresServer = await start(3399, { DATABASE_URL: databaseUrl });
  const sqliteRows = async () => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return Number(db.prepare("select count(*) from leads").pluck().get());
    } finally {
      db.close();
    }
  };
  const pgRows = async () => Number(await pgQuery(databaseUrl, "select count(*) from leads"));
  return [
    { name: "SQLite", server: sqlite, rows: sqliteRows, ok: 0 },
    { name: "PostgreSQL", server: postgresServer, rows: pgRows, ok: 0 },
  ];
}

// The first requests to a fresh server pay for lazy route loading, JIT and the migrations run
// when the database is first opened; none of that belongs in the 1-connection figures.
async function warmUp(target: Target) {
  await load(target.server.url, 10, 200, false);
  target.ok += (await load(target.server.url, 10, 200, true)).ok;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const ratio = (row: Row) => row.post.perSecond / row.baseline.perSecond;
const cell = (row: Row) =>
  `${Math.round(row.post.perSecond)} (×${ratio(row).toFixed(2)}) ${fmt(row.post.p50)}/${fmt(row.post.p99)} ms`;

const results: Record<string, Row[]> = {};
const failures: string[] = [];
let fsync = "?";
try {
  const all = await targets();
  fsync = await pgQuery(postgres.url, "show fsync");
  for (const target of all) await warmUp(target);
  for (const [round, connections] of connectionCounts.entries()) {
    // Each database gets its baseline right before its POST run, and the order flips every
    // round, so a slow spell on this shared 2-core machine hits both databases alike instead
    // of always the one measured second.
    const order = round % 2 === 0 ? all : [...all].reverse();
    for (const target of order) {
      const baseline = await load(target.server.url, connections, requestsPerRun, false);
      const post = await load(target.server.url, connections, requestsPerRun, true);
      target.ok += post.ok;
      const row = { connections, baseline, post, rows: await target.rows(), expected: target.ok };
      (results[target.name] ??= []).push(row);
      const check = row.rows === row.expected ? "ok" : "MISMATCH";
      console.log(
        `${String(connections).padStart(2)} conn  ${target.name.padEnd(10)}  baseline ${Math.round(baseline.perSecond)} req/s  POST ${cell(row)}  2xx ${post.ok} non-2xx ${post.non2xx} errors ${post.errors}  rows ${row.rows} / 2xx so far ${row.expected} ${check}`,
      );
      if (row.rows !== row.expected)
        failures.push(
          `${target.name} at ${connections} connections: ${row.rows} rows stored but ${row.expected} 2xx answers`,
        );
      if (post.non2xx + post.errors + baseline.non2xx + baseline.errors > 0)
        failures.push(
          `${target.name} at ${connections} connections: non-2xx answers or errors, so its req/s is not a success rate`,
        );
    }
  }
} finally {
  await bench.close();
}

const sqliteRows = results.SQLite ?? [];
const pgRows = results.PostgreSQL ?? [];
console.log(`\nPOST /api/contact, ${requestsPerRun} requests per run, loopback, \`next start\`:\n`);
console.log(
  "| connections | baseline req/s (SQLite / PG server) | SQLite req/s (×baseline) p50/p99 | PostgreSQL req/s (×baseline) p50/p99 |",
);
console.log("|---:|---:|---:|---:|");
for (const [i, s] of sqliteRows.entries()) {
  const p = pgRows[i];
  if (!p) continue;
  console.log(
    `| ${s.connections} | ${Math.round(s.baseline.perSecond)} / ${Math.round(p.baseline.perSecond)} | ${cell(s)} | ${cell(p)} |`,
  );
}
console.log(
  `\nSQLite: WAL, synchronous=FULL. PostgreSQL: throwaway test server, fsync=${fsync}` +
    (fsync === "off" ? " (its commits skip the disk flush SQLite pays for)." : "."),
);
if (failures.length > 0) {
  console.error(`\nbench:contact FAILED:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
