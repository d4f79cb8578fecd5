import { simpleParser } from "mailparser";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { startSmtp, type TestSmtp } from "../../fixtures/smtp";
import { startReceiver, type Receiver } from "../../fixtures/webhook-receiver";
import { lead, post } from "./lead-posts";
import { freshDatabase, rows } from "./postgres";

// Two `next start` instances on one PostgreSQL, as behind a load balancer, each running its
// own outbox worker, with one real SMTP server and one real webhook receiver on loopback.
test.describe.configure({ mode: "serial" });

const webhookSecret = "two-instance-webhook-secret-of-32-chars";
let database: Awaited<ReturnType<typeof freshDatabase>>;
let servers: RunningServer[] = [];
let smtp: TestSmtp;
let receiver: Receiver;

test.beforeAll(async () => {
  database = await freshDatabase();
  smtp = await startSmtp();
  receiver = await startReceiver(webhookSecret);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await smtp.close();
  await receiver.close();
  await database.drop();
});

const instanceEnv = (overrides: Record<string, string> = {}) => ({
  DATABASE_URL: database.url,
  LEADS_DB: "/nonexistent/should-not-be-written.db",
  SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  LEADS_NOTIFY_TO: "coaches@altus.example",
  LEADS_WEBHOOK_URL: receiver.url,
  LEADS_WEBHOOK_SECRET: webhookSecret,
  ...overrides,
});

test("200 concurrent posts over both instances: 200 rows, each mailed once and sent to the webhook once, even after it was down", async () => {
  test.setTimeout(180_000);
  // The receiver is down while the leads arrive; it comes back once they are stored.
  const receiverPort = receiver.port;
  await receiver.close();
  // Both start at once on an empty database: both migrate, safely.
  servers = await Promise.all([
    startNextServer(3321, instanceEnv({ LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0" })),
    startNextServer(3322, instanceEnv({ LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0" })),
  ]);
  const sent = Array.from({ length: 200 }, (_, index) => lead(index));
  const answers = await Promise.all(
    sent.map((body, index) => post(servers[index % 2]?.url ?? "", body)),
  );
  expect(answers.filter((answer) => answer.status !== 201)).toEqual([]);
  const ids = sent.map((body) => body.submissionId).toSorted();
  const stored = await rows<{ id: string }>(database.url, "select id from leads order by id");
  expect(stored.map((row) => row.id)).toEqual(ids);

  // Every lead mailed exactly once, though both workers ran.
  await expect.poll(() => smtp.inbox.length, { timeout: 60_000 }).toBe(200);
  const mailed = await Promise.all(
    smtp.inbox.map(
      async (mail) => /Lead id: (\S+)/.exec((await simpleParser(mail.raw)).text ?? "")?.[1],
    ),
  );
  expect(mailed.toSorted()).toEqual(ids);

  // The webhook failed while down, and is delivered once each after it is back.
  const failed = await rows<{ n: string }>(
    database.url,
    "select count(*) as n from outbox where channel = 'webhook' and attempts > 0 and sent_at is null",
  );
  expect(Number(failed[0]?.n)).toBe(200);
  receiver = await startReceiver(webhookSecret, receiverPort);
  const back = receiver;
  await expect
    .poll(() => back.deliveries.length, { timeout: 120_000, intervals: [1000] })
    .toBe(200);
  expect(back.deliveries.every((delivery) => delivery.valid)).toBe(true);
  const hooked = back.deliveries.map((delivery) => String(JSON.parse(delivery.body).id));
  expect(hooked.toSorted()).toEqual(ids);
  const pending = await rows<{ n: string }>(
    database.url,
    "select count(*) as n from outbox where sent_at is null",
  );
  expect(Number(pending[0]?.n)).toBe(0);
  expect(smtp.inbox).toHaveLength(200);
  expect(back.deliveries).toHaveLength(200);
});

test("a form shown by one instance is accepted by the other, and after a restart; the rate limit spans both", async () => {
  await Promise.all(servers.map((server) => server.stop()));
  const env = instanceEnv({ LEADS_RATE_LIMIT: "3", LEADS_MIN_FILL_MS: "300" });
  servers = await Promise.all([startNextServer(3321, env), startNextServer(3322, env)]);
  const [a, b] = servers;
  if (!a || !b) throw new Error("two servers expected");

  const html = await (await fetch(`${a.url}/contact`)).text();
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
  const shown = { submissionId: hidden("submissionId"), formToken: hidden("formToken") };
  expect(shown.formToken).toMatch(/^v1\./);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const fromA = { ...lead(1), ...shown, email: "shown-on-a@example.com" };
  expect((await post(b.url, fromA, { localAddress: "127.0.0.5" })).status).toBe(201);

  // B restarts while a form from A is still open: it is still a lead.
  await b.stop();
  servers[1] = await startNextServer(3322, env);
  const restarted = servers[1];
  const html2 = await (await fetch(`${a.url}/contact`)).text();
  const token2 = new RegExp('name="formToken" value="([^"]+)"').exec(html2)?.[1] ?? "";
  await new Promise((resolve) => setTimeout(resolve, 400));
  const afterRestart = { ...lead(2), formToken: token2, email: "after-restart@example.com" };
  expect((await post(restarted.url, afterRestart, { localAddress: "127.0.0.6" })).status).toBe(201);

  const leads = await rows<{ email: string }>(
    database.url,
    "select email from leads where email in ('shown-on-a@example.com', 'after-restart@example.com')",
  );
  expect(leads).toHaveLength(2);
  const spam = await rows(database.url, "select id from spam_leads");
  expect(spam).toEqual([]);

  // 3 posts a minute per address, counted over both instances.
  const client = { localAddress: "127.0.0.9" };
  const statuses = [];
  for (const [index, server] of [a, restarted, a, restarted].entries()) {
    statuses.push(
      (await post(server.url, { ...lead(10 + index), formToken: token2 }, client)).status,
    );
  }
  expect(statuses).toEqual([201, 201, 201, 429]);
});

test("no instance wrote to LEADS_DB while DATABASE_URL was set, and the log names no credentials", async () => {
  const { existsSync } = await import("node:fs");
  expect(existsSync("/nonexistent/should-not-be-written.db")).toBe(false);
  for (const server of servers) {
    expect(server.output()).toContain("leads are stored in PostgreSQL (DATABASE_URL)");
    expect(server.output()).not.toContain(database.url);
  }
});
