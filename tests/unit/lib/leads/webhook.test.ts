import { afterEach, describe, expect, it } from "vitest";
import { validateLead } from "@/tests/fixtures/lead-words";
import { processOutbox, saveLead, webhookDelivery } from "@/lib/leads/server";
import {
  startReceiver,
  verifyAltusSignature,
  type Receiver,
} from "../../../fixtures/webhook-receiver";
import { databases, tempLeadDb, validLead } from "../db/fixtures";
import { type Db } from "@/lib/db";

const secret = "webhook-secret-that-is-at-least-32-chars";
const receivers: Receiver[] = [];

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(port = 0) {
  const started = await startReceiver(secret, port);
  receivers.push(started);
  return started;
}

async function storeLead(db: Db, overrides: Record<string, unknown> = {}) {
  const result = validateLead(validLead(overrides));
  if (!result.ok) throw new Error("fixture lead is invalid");
  await saveLead(db, result.lead, new Date(), ["mail", "webhook"]);
  return result.lead;
}

const jobOf = (db: Db) =>
  db.selectFrom("outbox").selectAll().where("channel", "=", "webhook").executeTakeFirstOrThrow();

describe.each(databases)("lead webhook (%s)", (kind) => {
  it("POSTs each lead once as signed JSON carrying the lead's id and fields", async () => {
    const { db } = await tempLeadDb(kind);
    const hook = await receiver();
    const lead = await storeLead(db, { utmSource: "newsletter", landingPage: "/articles/x" });
    const deliver = webhookDelivery({ url: hook.url, secret });

    expect(await processOutbox(db, "webhook", deliver, new Date())).toEqual({ sent: 1, failed: 0 });
    expect(await processOutbox(db, "webhook", deliver, new Date())).toEqual({ sent: 0, failed: 0 });

    expect(hook.deliveries).toHaveLength(1);
    const [delivery] = hook.deliveries;
    expect(delivery?.valid).toBe(true);
    expect(JSON.parse(delivery?.body ?? "")).toMatchObject({
      event: "lead.created",
      id: lead.submissionId,
      name: "Jordan Rivera",
      email: "jordan@example.com",
      goals: ["strength", "health"],
      contactMethod: "email",
      attribution: { utmSource: "newsletter", landingPage: "/articles/x" },
    });
    expect(await jobOf(db)).toMatchObject({ attempts: 1, last_error: null });
    // The mail job is its own: the webhook run leaves it queued.
    const mail = await db.selectFrom("outbox").selectAll().where("channel", "=", "mail").execute();
    expect(mail).toMatchObject([{ sent_at: null, attempts: 0 }]);
  });

  it("retries a receiver that answers 5xx or 4xx, records why, and delivers when it recovers", async () => {
    const { db } = await tempLeadDb(kind);
    const hook = await receiver();
    await storeLead(db);
    const deliver = webhookDelivery({ url: hook.url, secret });
    const start = new Date();

    hook.answer = 503;
    expect(await processOutbox(db, "webhook", deliver, start)).toEqual({ sent: 0, failed: 1 });
    expect(await jobOf(db)).toMatchObject({ attempts: 1, sent_at: null });
    expect((await jobOf(db)).last_error).toMatch(/answered 503/);

    hook.answer = 400;
    const later = new Date(start.getTime() + 31_000);
    expect(await processOutbox(db, "webhook", deliver, later)).toEqual({ sent: 0, failed: 1 });
    expect((await jobOf(db)).last_error).toMatch(/answered 400/);

    hook.answer = 200;
    const after = new Date(start.getTime() + 31_000 + 61_000);
    expect(await processOutbox(db, "webhook", deliver, after)).toEqual({ sent: 1, failed: 0 });
    expect(hook.deliveries).toHaveLength(1);
    expect(await jobOf(db)).toMatchObject({ attempts: 3, last_error: null });
  });

  it("gives up on a receiver that does not answer in time and retries it later", async () => {
    const { db } = await tempLeadDb(kind);
    const hook = await receiver();
    await storeLead(db);
    hook.answer = "hang";
    const deliver = webhookDelivery({ url: hook.url, secret, timeoutMs: 300 });
    expect(await processOutbox(db, "webhook", deliver, new Date())).toEqual({ sent: 0, failed: 1 });
    expect((await jobOf(db)).last_error).toMatch(/timeout|aborted/i);
  });

  it("keeps the job when the receiver is down and delivers once it is back", async () => {
    const { db } = await tempLeadDb(kind);
    const probe = await receiver();
    const port = probe.port;
    await receivers.pop()?.close();
    await storeLead(db);
    const deliver = webhookDelivery({ url: probe.url, secret });
    const start = new Date();
    expect(await processOutbox(db, "webhook", deliver, start)).toEqual({ sent: 0, failed: 1 });
    expect((await jobOf(db)).last_error).toMatch(/ECONNREFUSED|fetch failed/);

    const back = await receiver(port);
    expect(await processOutbox(db, "webhook", deliver, new Date(start.getTime() + 31_000))).toEqual(
      {
        sent: 1,
        failed: 0,
      },
    );
    expect(back.deliveries.map((delivery) => delivery.valid)).toEqual([true]);
  });

  it("treats a redirect as a failure, so a signed lead goes nowhere it was not sent", async () => {
    const { db } = await tempLeadDb(kind);
    const hook = await receiver();
    await storeLead(db);
    hook.answer = 302;
    const deliver = webhookDelivery({ url: hook.url, secret });
    expect(await processOutbox(db, "webhook", deliver, new Date())).toEqual({ sent: 0, failed: 1 });
  });
});

describe("webhook signature as a receiver checks it", () => {
  it("rejects a forged body, a wrong secret and a replay older than 5 minutes", async () => {
    const { webhookSignature } = await import("@/lib/leads/server");
    const body = '{"id":"1"}';
    const now = Math.floor(Date.now() / 1000);
    expect(verifyAltusSignature(secret, webhookSignature(secret, body, now), body)).toBe(true);
    expect(verifyAltusSignature(secret, webhookSignature(secret, body, now), '{"id":"2"}')).toBe(
      false,
    );
    expect(verifyAltusSignature(secret, webhookSignature("another-secret", body, now), body)).toBe(
      false,
    );
    expect(verifyAltusSignature(secret, webhookSignature(secret, body, now - 301), body)).toBe(
      false,
    );
    expect(webhookSignature(secret, body, 1_700_000_000)).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
  });
});
