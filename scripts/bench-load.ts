// One autocannon run against a running server: GETs of a page (by default the static thanks page,
// bench-contact's baseline) or contact-form POSTs, each with its own submissionId so none is a
// duplicate.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

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
