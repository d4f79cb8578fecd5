// The load benches' shared parts: the servers they load (one SQLite, one PostgreSQL, cleaned up
// however the bench ends), and one autocannon run against a running server: GETs of a page (by
// default the static thanks page, bench-contact's baseline) or contact-form POSTs, each with its
// own submissionId so none is a duplicate.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startNextServer, type RunningServer } from "./next-server";
import { atProcessEnd } from "./postgres-cleanup";
import { startTestPostgres, type TestPostgres } from "./test-postgres";

export type BenchSetup = {
  /** A SQLite file in the bench's temporary folder, for the server given it as LEADS_DB. */
  sqliteFile: string;
  postgres: TestPostgres;
  /** Starts `next start` of the build on `port`; it is stopped when the bench closes. */
  start: (port: number, env: Record<string, string>) => Promise<RunningServer>;
  /** Stops the servers and PostgreSQL and deletes the temporary folder. */
  close: () => Promise<void>;
};

/** Everything a load bench runs against, once the production build is known to exist. */
export async function benchSetup(folderPrefix: string): Promise<BenchSetup> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
  const dir = mkdtempSync(path.join(tmpdir(), folderPrefix));
  const servers: RunningServer[] = [];
  // A signal skips `finally`: kill the servers and delete the SQLite file from the exit hook too
  // (the PostgreSQL server registers its own).
  const cancelCleanup = atProcessEnd(() => {
    for (const server of servers) server.process.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });
  // fsync on, like SQLite's synchronous=FULL: both pay for durable commits, as in production.
  const postgres = await startTestPostgres({ durable: true });
  return {
    sqliteFile: path.join(dir, "leads.db"),
    postgres,
    start: async (port, env) => {
      const server = await startNextServer(port, env);
      servers.push(server);
      return server;
    },
    close: async () => {
      for (const server of servers) await server.stop();
      await postgres.destroy();
      rmSync(dir, { recursive: true, force: true });
      cancelCleanup();
    },
  };
}

export type Load = {
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
};

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
export async function load(
  baseUrl: string,
  connections: number,
  amount: number,
  post: boolean,
  page = "/contact/thanks",
  headers: Record<string, string> = {},
): Promise<Load> {
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
      url: `${baseUrl}${post ? "/api/contact" : page}`,
      connections,
      amount,
      requests: [
        post
          ? {
              method: "POST",
              headers: { "content-type": "application/json" },
              setupRequest: (request) => ({ ...request, body: lead() }),
            }
          : { method: "GET", headers },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  run.on("response", () => {
    lastAnswer = performance.now();
  });
  const result = await done;
  const seconds = (lastAnswer - started) / 1000;
  return {
    perSecond: seconds > 0 ? result.requests.total / seconds : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * GETs of `page`, each with the headers `headersFor(n)` gives (say, a user agent per visitor), for
 * answers that are redirects: `ok` counts 2xx and 3xx alike.
 */
export async function loadRedirects(
  baseUrl: string,
  connections: number,
  amount: number,
  page: string,
  headersFor: (n: number) => Record<string, string>,
): Promise<Load> {
  const started = performance.now();
  let lastAnswer = started;
  let sent = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: `${baseUrl}${page}`,
        connections,
        amount,
        requests: [
          {
            method: "GET",
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, ...headersFor((sent += 1)) },
            }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on("response", () => {
      lastAnswer = performance.now();
    });
  });
  const seconds = (lastAnswer - started) / 1000;
  return {
    perSecond: seconds > 0 ? result.requests.total / seconds : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"] + result["3xx"],
    non2xx: result["4xx"] + result["5xx"],
    errors: result.errors,
  };
}
