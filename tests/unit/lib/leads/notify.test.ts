import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { validateLead } from "@/tests/fixtures/lead-words";
import {
  createTransport,
  mailDelivery,
  processOutbox,
  retryDelayMs,
  saveLead,
} from "@/lib/leads/server";
import { startSmtp as startTestSmtp, type TestSmtp } from "../../../fixtures/smtp";
import { databases, tempLeadDb, validLead } from "../db/fixtures";
import { type Db } from "@/lib/db";

const servers: TestSmtp[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startSmtp(port = 0): Promise<TestSmtp> {
  const server = await startTestSmtp(port);
  servers.push(server);
  return server;
}

async function storeLead(db: Db, overrides: Record<string, unknown> = {}) {
  const result = validateLead(validLead(overrides));
  if (!result.ok) throw new Error("fixture lead is invalid");
  await saveLead(db, result.lead, new Date());
  return result.lead;
}

const settings = (port: number) => ({
  smtpUrl: `smtp://127.0.0.1:${port}`,
  to: "coaches@altus.example",
  from: "Altus website <website@altus.example>",
});

describe.each(databases)("lead notification by e-mail (%s)", (kind) => {
  it("sends exactly one mail per lead with the lead's details, to staff, replying to the prospect", async () => {
    const { db } = await tempLeadDb(kind);
    const smtp = await startSmtp();
    const lead = await storeLead(db, { name: "Avery <Stone>", message: "=cmd|' /C calc'!A0" });
    const mail = settings(smtp.port);
    const deliver = mailDelivery(mail, createTransport(mail.smtpUrl));

    expect(await processOutbox(db, "mail", deliver, new Date())).toEqual({ sent: 1, failed: 0 });
    expect(await processOutbox(db, "mail", deliver, new Date())).toEqual({ sent: 0, failed: 0 });

    expect(smtp.inbox).toHaveLength(1);
    const parsed = await simpleParser(smtp.inbox[0]?.raw ?? "");
    expect(smtp.inbox[0]?.to).toEqual(["coaches@altus.example"]);
    expect(parsed.subject).toBe("New coaching enquiry from Avery <Stone>");
    expect(parsed.replyTo?.text).toContain("jordan@example.com");
    expect(parsed.text).toContain("Avery <Stone>");
    expect(parsed.text).toContain("Strength, General health");
    expect(parsed.text).toContain("Old knee injury");
    expect(parsed.text).toContain(`Lead id: ${lead.submissionId}`);
    expect(parsed.html).toBe(false);
  });

  it("keeps the lead while the mail server is down and delivers once it is back", async () => {
    const { db } = await tempLeadDb(kind);
    const probe = await startSmtp();
    const port = probe.port;
    await servers.pop()?.close();
    await storeLead(db);
    const mail = settings(port);
    const deliver = mailDelivery(mail, createTransport(mail.smtpUrl));
    const start = new Date();

    expect(await processOutbox(db, "mail", deliver, start)).toEqual({ sent: 0, failed: 1 });
    const job = await db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ attempts: 1, sent_at: null });
    expect(job.last_error).toMatch(/ECONNREFUSED/);
    expect(await db.selectFrom("leads").selectAll().execute()).toHaveLength(1);

    const back = await startSmtp(port);
    expect(await processOutbox(db, "mail", deliver, new Date(start.getTime() + 1000))).toEqual({
      sent: 0,
      failed: 0,
    });
    const later = new Date(start.getTime() + retryDelayMs(1) + 1000);
    expect(await processOutbox(db, "mail", deliver, later)).toEqual({ sent: 1, failed: 0 });
    expect(back.inbox).toHaveLength(1);
    expect(
      (await db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow()).sent_at,
    ).not.toBeNull();
  });

  it("backs off from 30 seconds, doubling, up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});
