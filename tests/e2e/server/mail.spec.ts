import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { simpleParser } from "mailparser";
import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { startSmtp, type TestSmtp } from "../../fixtures/smtp";
import { lead, post } from "./lead-posts";

// The mail path as deployed: next start with SMTP_URL, a lead posted over HTTP, and the
// worker started by the intake delivering it to a real SMTP server on loopback.
let dir: string;
let server: RunningServer | undefined;
let smtp: TestSmtp | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "altus-mail-"));
});

test.afterEach(async () => {
  await server?.stop();
  await smtp?.close();
  server = undefined;
  smtp = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function outboxRows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select lead_id, attempts, sent_at is not null as sent from outbox").all();
  } finally {
    db.close();
  }
}

const base = (db: string) => ({ LEADS_DB: db, LEADS_RATE_LIMIT: "0", LEADS_MIN_FILL_MS: "0" });

test("a lead posted to the running site is mailed to staff exactly once", async () => {
  smtp = await startSmtp();
  server = await startNextServer(3314, {
    ...base(path.join(dir, "leads.db")),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    LEADS_NOTIFY_TO: "coaches@altus.example",
  });
  const sent = { ...lead(1), name: "Mail Test", limitations: "Sore shoulder" };
  expect((await post(server.url, sent)).status).toBe(201);

  const inbox = smtp.inbox;
  await expect.poll(() => inbox.length, { timeout: 10_000 }).toBe(1);
  const mail = await simpleParser(inbox[0]?.raw ?? "");
  expect(inbox[0]?.to).toEqual(["coaches@altus.example"]);
  expect(mail.text).toContain("Mail Test");
  expect(mail.text).toContain("Sore shoulder");
  expect(mail.text).toContain(`Lead id: ${sent.submissionId}`);
  // The log names the lead by id only.
  expect(server.output()).not.toContain("Mail Test");
  expect(server.output()).not.toContain(sent.email);
  // Delivered once and recorded as sent, so no later run of the worker mails it again.
  await expect
    .poll(() => outboxRows(path.join(dir, "leads.db")), { timeout: 5_000 })
    .toEqual([{ lead_id: sent.submissionId, attempts: 1, sent: 1 }]);
  expect(inbox).toHaveLength(1);
});

test("without SMTP_URL the site takes leads and says once that mail is off", async () => {
  server = await startNextServer(3315, base(path.join(dir, "leads.db")));
  for (let index = 0; index < 3; index += 1) {
    expect((await post(server.url, lead(index))).status).toBe(201);
  }
  const notices = server.output().match(/SMTP_URL is not set, so mail is off/g) ?? [];
  expect(notices).toHaveLength(1);
});
