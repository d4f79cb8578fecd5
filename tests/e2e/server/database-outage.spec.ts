import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres";
import { lead, post } from "./lead-posts";
import { rows } from "./postgres";

// PostgreSQL stopped under a running site, then started again: the site says 503 with
// Retry-After meanwhile, takes leads again by itself, and no lead answered 201 is missing.
let postgres: TestPostgres | undefined;
let server: RunningServer | undefined;

test.afterEach(async () => {
  await server?.stop();
  await postgres?.destroy();
});

test("a database outage gives 503 with Retry-After, then 201 again without a restart, losing nothing", async () => {
  test.setTimeout(120_000);
  // Its own server, so stopping it disturbs no other test.
  postgres = await startTestPostgres();
  const db = postgres;
  server = await startNextServer(3331, {
    DATABASE_URL: db.url,
    LEADS_RATE_LIMIT: "0",
    LEADS_MIN_FILL_MS: "0",
  });
  const url = server.url;
  const answered: string[] = [];
  const send = async (index: number) => {
    const body = lead(index);
    const answer = await post(url, body);
    if (answer.status === 201) answered.push(body.submissionId);
    return answer;
  };

  expect((await send(0)).status).toBe(201);
  expect((await fetch(`${url}/api/health`)).status).toBe(200);

  // Posts keep arriving while the database goes away.
  let sending = true;
  const statuses: number[] = [];
  const background = (async () => {
    for (let index = 1; sending; index += 1) statuses.push((await send(index)).status);
  })();
  await db.stop("fast");

  const down = await post(url, lead(1000));
  expect(down.status).toBe(503);
  expect(down.headers["retry-after"]).toBe("30");
  expect(JSON.parse(down.body)).toEqual({
    error:
      "We could not save your message just now. Nothing was sent; please try again in a minute.",
  });
  const health = await fetch(`${url}/api/health`);
  expect(health.status).toBe(503);
  expect(health.headers.get("cache-control")).toBe("no-store");
  expect(await health.json()).toEqual({ status: "unavailable" });

  await db.start();
  const back = Date.now();
  await expect
    .poll(async () => (await post(url, lead(2000))).status, { timeout: 30_000, intervals: [500] })
    .toBe(201);
  console.log(`site took leads again ${Date.now() - back} ms after the database was back`);
  sending = false;
  await background;

  expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
  expect((await fetch(`${url}/api/health`)).status).toBe(200);
  const stored = new Set(
    (await rows<{ id: string }>(db.url, "select id from leads")).map((row) => row.id),
  );
  expect(answered.filter((id) => !stored.has(id))).toEqual([]);
});

test("a site started while the database is down says so, and takes leads once it is up", async () => {
  test.setTimeout(120_000);
  postgres = await startTestPostgres();
  const db = postgres;
  await db.stop("fast");
  server = await startNextServer(3332, {
    DATABASE_URL: db.url,
    LEADS_RATE_LIMIT: "0",
    LEADS_MIN_FILL_MS: "0",
  });
  const url = server.url;

  expect((await post(url, lead(1))).status).toBe(503);
  // The form page explains instead of offering a form that cannot be stored.
  const page = await fetch(`${url}/contact`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("The form is not taking messages right now");

  await db.start();
  const body = lead(2);
  await expect
    .poll(async () => (await post(url, { ...body })).status, { timeout: 30_000, intervals: [500] })
    .toBe(201);
  const html = await (await fetch(`${url}/contact`)).text();
  expect(html).toContain('name="formToken"');
  expect(
    await rows(db.url, "select id from leads where id = $1", [body.submissionId]),
  ).toHaveLength(1);
  expect(server.output()).not.toContain(db.url);
});
