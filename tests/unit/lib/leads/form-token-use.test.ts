import { describe, expect, it } from "vitest";
import {
  checkFormToken,
  createFormToken,
  forgetOldFormTokenUses,
  formTokenFirstUse,
  listLeads,
  recordFormTokenUse,
} from "@/lib/leads/server";
import { openDb, type Db } from "@/lib/db";
import { databases, tempLeadDb, validLead } from "../db/fixtures";
import { form, handlerFor, json, secret } from "./contact-requests";

const hour = 3_600_000;
const shown = new Date("2026-11-25T10:00:00Z");
const after = (ms: number) => new Date(shown.getTime() + ms);

const spamReasons = async (db: Db) =>
  (await db.selectFrom("spam_leads").select(["id", "spam_reason"]).orderBy("id").execute()).map(
    (row) => [row.id, row.spam_reason],
  );

describe.each(databases)("one form token, one enquiry (%s)", (kind) => {
  it("makes one lead of a token reused with three new submission ids and keeps the rest in spam", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(10_000) });
    const formToken = createFormToken(secret, shown);
    const posts = [validLead({ formToken }), validLead({ formToken }), validLead({ formToken })];
    for (const lead of posts) {
      const answer = await handle(json(lead));
      expect(answer.status).toBe(201);
      expect(await answer.json()).toEqual({ id: lead.submissionId });
    }
    expect((await listLeads(db)).map((row) => row.id)).toEqual([posts[0]?.submissionId]);
    expect(await spamReasons(db)).toEqual(
      posts
        .slice(1)
        .map((lead) => [lead.submissionId, "form token already used by another submission"])
        .toSorted(),
    );
    expect(await db.selectFrom("outbox").selectAll().execute()).toHaveLength(1);
  });

  it("answers a retry of the same submission as before and keeps one lead", async () => {
    const { db } = await tempLeadDb(kind);
    let now = after(10_000);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => now });
    const lead = validLead({ formToken: createFormToken(secret, shown) });
    expect(await (await handle(json(lead))).json()).toEqual({ id: lead.submissionId });
    const retry = await handle(json(lead));
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual({ id: lead.submissionId });
    // Retried once more after the token has passed its 24 hours: the same answer still.
    now = after(25 * hour);
    expect(await (await handle(json(lead))).json()).toEqual({ id: lead.submissionId });
    expect(await listLeads(db)).toHaveLength(1);
    expect(await spamReasons(db)).toEqual([]);
  });

  it("keeps another enquiry on a used token in spam even under the same submission id", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(10_000) });
    const first = validLead({ formToken: createFormToken(secret, shown) });
    expect((await handle(json(first))).status).toBe(201);
    for (const message of ["A second question.", "A third question."]) {
      expect((await handle(json({ ...first, message }))).status).toBe(201);
    }
    expect((await handle(json(first))).status).toBe(201);
    expect((await listLeads(db)).map((row) => row.id)).toEqual([first.submissionId]);
    // Both kept for staff to judge, the second under a derived id: nothing is lost.
    expect((await spamReasons(db)).map(([, reason]) => reason)).toEqual([
      "form token already used for a different enquiry",
      "form token already used for a different enquiry",
    ]);
    expect(await db.selectFrom("outbox").selectAll().execute()).toHaveLength(1);
  });

  it("makes one lead of eight enquiries sent at once on one token under one id", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(10_000) });
    const first = validLead({ formToken: createFormToken(secret, shown) });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        handle(json({ ...first, message: `Question ${index}` })),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(await listLeads(db)).toHaveLength(1);
    expect(await spamReasons(db)).toHaveLength(7);
    expect(await db.selectFrom("outbox").selectAll().execute()).toHaveLength(1);
  });

  it("answers a retry of the plain HTML form with the same redirect", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(10_000) });
    const token = encodeURIComponent(createFormToken(secret, shown));
    const body = `name=Sam+Lee&email=sam%40example.com&goals=health&contactMethod=email&consent=on&submissionId=${crypto.randomUUID()}&formToken=${token}`;
    for (const attempt of [1, 2]) {
      const answer = await handle(form(body));
      expect([attempt, answer.status, answer.headers.get("location")]).toEqual([
        attempt,
        303,
        "/contact/thanks",
      ]);
    }
    expect(await listLeads(db)).toHaveLength(1);
  });

  it("keeps a form sent with a token older than 24 hours in spam with the reason", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(25 * hour) });
    const lead = validLead({ formToken: createFormToken(secret, shown) });
    const answer = await handle(json(lead));
    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ id: lead.submissionId });
    expect(await listLeads(db)).toHaveLength(0);
    expect(await spamReasons(db)).toEqual([[lead.submissionId, "form token older than 24 hours"]]);
  });

  it("accepts a token just under 24 hours old checked by an instance whose clock runs ahead", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => after(24 * hour + 30_000) });
    expect(
      (await handle(json(validLead({ formToken: createFormToken(secret, shown) })))).status,
    ).toBe(201);
    expect(await listLeads(db)).toHaveLength(1);
  });
});

// Two instances are two connection pools on one server. (Two SQLite connections in one test
// process cannot race: a write waiting for the lock blocks the process, holder included.)
describe("one form token, one enquiry, with two instances on PostgreSQL", () => {
  it("lets exactly one of two instances racing one token with two submission ids make a lead", async () => {
    const { db, location } = await tempLeadDb("postgres");
    const other = await openDb(location);
    try {
      const options = { minFillMs: 3000, now: () => after(10_000) };
      for (let round = 0; round < 5; round += 1) {
        const token = createFormToken(secret, after(round));
        const answers = await Promise.all([
          handlerFor(db, options)(json(validLead({ formToken: token }))),
          handlerFor(other, options)(json(validLead({ formToken: token }))),
        ]);
        expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      }
      expect(await listLeads(db)).toHaveLength(5);
      const reasons = (await spamReasons(db)).map(([, reason]) => reason);
      expect(reasons).toEqual(Array(5).fill("form token already used by another submission"));
    } finally {
      await other.destroy();
    }
  });
});

describe.each(databases)(
  "the form shown again after a mistake, without JavaScript (%s)",
  (kind) => {
    const mistaken = (submissionId: string, formToken: string) =>
      `name=Sam+Lee&email=sam&goals=health&contactMethod=email&submissionId=${submissionId}&formToken=${encodeURIComponent(formToken)}`;
    const hiddenValue = (html: string, name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? "";

    it.each([
      ["older than a day", createFormToken(secret, shown)],
      [
        "forged",
        createFormToken("another-secret-of-sufficient-length!!", after(25 * hour - 60_000)),
      ],
      ["missing", ""],
    ])(
      "carries a fresh form token when the one sent was %s, and the same submission id",
      async (_case, stale) => {
        const { db } = await tempLeadDb(kind);
        const now = after(25 * hour);
        const handle = handlerFor(db, { minFillMs: 3000, now: () => now });
        const submissionId = crypto.randomUUID();
        const html = await (await handle(form(mistaken(submissionId, stale)))).text();
        const fresh = hiddenValue(html, "formToken");
        expect(fresh).not.toBe(stale);
        expect(checkFormToken(fresh, secret, now)).toMatchObject({ ok: true });
        expect(hiddenValue(html, "submissionId")).toBe(submissionId);
      },
    );

    const corrected = (submissionId: string, formToken: string) =>
      `name=Sam+Lee&email=sam%40example.com&goals=health&contactMethod=email&consent=on&submissionId=${submissionId}&formToken=${encodeURIComponent(formToken)}`;

    it.each([
      ["open for a day is a lead", createFormToken(secret, shown), []],
      [
        "with a forged token waits out the time trap",
        createFormToken("another-secret-of-sufficient-length!!", shown),
        ["sent 0 ms after the form was shown"],
      ],
    ])("a form %s when corrected and sent at once", async (_case, sent, reasons) => {
      const { db } = await tempLeadDb(kind);
      const handle = handlerFor(db, { minFillMs: 3000, now: () => after(25 * hour) });
      const submissionId = crypto.randomUUID();
      const html = await (await handle(form(mistaken(submissionId, sent)))).text();
      const answer = await handle(form(corrected(submissionId, hiddenValue(html, "formToken"))));
      expect(answer.status).toBe(303);
      expect((await spamReasons(db)).map(([, reason]) => reason)).toEqual(reasons);
      expect(await listLeads(db)).toHaveLength(1 - reasons.length);
    });

    it("keeps a token that is still fresh", async () => {
      const { db } = await tempLeadDb(kind);
      const handle = handlerFor(db, { minFillMs: 3000, now: () => after(60_000) });
      const token = createFormToken(secret, shown);
      const html = await (await handle(form(mistaken(crypto.randomUUID(), token)))).text();
      expect(hiddenValue(html, "formToken")).toBe(token);
    });
  },
);

describe.each(databases)("used form tokens in the database (%s)", (kind) => {
  it("keeps the token as a hash only, and forgets its use after a day and an hour", async () => {
    const { db } = await tempLeadDb(kind);
    const token = createFormToken(secret, shown);
    expect(await recordFormTokenUse(db, token, "first", after(1000))).toBe("first");
    expect(await recordFormTokenUse(db, token, "second", after(2000))).toBe("first");
    const stored = await db.selectFrom("form_token_uses").selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token.split(".")[2]);
    await forgetOldFormTokenUses(db, after(1000 + 25 * hour));
    expect(await formTokenFirstUse(db, token)).toBe("first");
    await forgetOldFormTokenUses(db, after(1001 + 25 * hour));
    expect(await formTokenFirstUse(db, token)).toBeUndefined();
  });
});
