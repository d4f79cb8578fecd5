import { describe, expect, it } from "vitest";
import { createFormToken, listLeads } from "@/lib/leads/server";
import type { Db } from "@/lib/db";
import { databases, tempLeadDb, validLead } from "../db/fixtures";
import { countSpam, form, handlerFor, json, secret, site, url } from "./contact-requests";

describe.each(databases)("POST /api/contact with JSON (%s)", (kind) => {
  it("stores a valid lead and answers 201 with its id", async () => {
    const { db } = await tempLeadDb(kind);
    const lead = validLead();
    const response = await handlerFor(db)(json(lead));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: lead.submissionId });
    const rows = await listLeads(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: "Jordan Rivera",
      email: "jordan@example.com",
      goals: '["strength","health"]',
    });
  });

  it("answers 422 with each field's messages", async () => {
    const { db } = await tempLeadDb(kind);
    const response = await handlerFor(db)(json(validLead({ email: "nope", goals: [] })));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: {
        email: ["Please enter an email address like name@example.com."],
        goals: ["Please choose at least one goal."],
      },
    });
    expect(await listLeads(db)).toHaveLength(0);
  });

  it("answers 400 to malformed JSON and to JSON that is not an object", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db);
    const broken = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{name:",
    });
    expect((await handle(broken)).status).toBe(400);
    const list = await handle(json([1, 2]));
    expect(list.status).toBe(400);
    expect(await list.json()).toEqual({ error: "The request body is not a valid JSON object." });
  });

  it("answers 422, not 503, to a NUL character, which PostgreSQL cannot store", async () => {
    const { db } = await tempLeadDb(kind);
    const response = await handlerFor(db)(json(validLead({ message: "hi\u0000there" })));
    expect(response.status).toBe(422);
    expect(await listLeads(db)).toHaveLength(0);
  });

  it("answers 415 to other content types", async () => {
    const { db } = await tempLeadDb(kind);
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    const response = await handlerFor(db)(request);
    expect(response.status).toBe(415);
    expect(await response.text()).toContain(
      "Send the form as application/x-www-form-urlencoded or application/json.",
    );
  });

  // A body that never ends, counting how much of it the handler pulled.
  const endless = (headers: Record<string, string> = {}) => {
    const pulled = { kilobytes: 0 };
    const body = new ReadableStream({
      pull(controller) {
        pulled.kilobytes += 1;
        controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
      },
    });
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      duplex: "half",
    } as RequestInit);
    return { request, pulled };
  };

  it("answers 413 to a body declared over 16 KB without reading any of it", async () => {
    const { db } = await tempLeadDb(kind);
    const { request, pulled } = endless({ "content-length": "1000000" });
    const response = await handlerFor(db)(request);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too long/i);
    expect(pulled.kilobytes).toBeLessThanOrEqual(1);
  });

  it("answers 413 to a streamed body once it passes 16 KB, reading no further", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db);
    const { request, pulled } = endless();
    expect((await handle(request)).status).toBe(413);
    expect(pulled.kilobytes).toBeLessThanOrEqual(18);
    const big = JSON.stringify(validLead({ message: "x".repeat(17_000) }));
    expect((await handle(json(JSON.parse(big)))).status).toBe(413);
    expect(await listLeads(db)).toHaveLength(0);
  });

  it("answers 403 to a post from another site", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db);
    expect((await handle(json(validLead(), { origin: "https://evil.example" }))).status).toBe(403);
    expect((await handle(json(validLead(), { "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect(
      (
        await handle(
          json(validLead(), { origin: "https://evil.example", "sec-fetch-site": "same-site" }),
        )
      ).status,
    ).toBe(403);
    expect((await handle(json(validLead(), { origin: site }))).status).toBe(201);
    expect((await handle(json(validLead(), { "sec-fetch-site": "same-origin" }))).status).toBe(201);
    expect(await listLeads(db)).toHaveLength(2);
  });

  it("answers 429 with Retry-After once an address passes the limit, per address", async () => {
    const { db } = await tempLeadDb(kind);
    let now = new Date("2026-11-25T10:00:00Z");
    const handle = handlerFor(db, { perMinute: 2, trustProxy: true, now: () => now });
    const from = (address: string) => ({ "x-forwarded-for": `203.0.113.9, ${address}` });
    // A post with a mistake to fix does not count.
    const mistake = json(validLead({ email: "nope" }), from("198.51.100.1"));
    expect((await handle(mistake)).status).toBe(422);
    expect((await handle(json(validLead(), from("198.51.100.1")))).status).toBe(201);
    expect((await handle(json(validLead(), from("198.51.100.1")))).status).toBe(201);
    const limited = await handle(json(validLead(), from("198.51.100.1")));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await handle(json(validLead(), from("198.51.100.2")))).status).toBe(201);
    now = new Date(now.getTime() + 60_000);
    expect((await handle(json(validLead(), from("198.51.100.1")))).status).toBe(201);
  });

  it("stores one lead for the same submission id sent twice and answers success both times", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db);
    const lead = validLead();
    const [first, second] = await Promise.all([handle(json(lead)), handle(json(lead))]);
    expect([first?.status, second?.status]).toEqual([201, 201]);
    expect(await listLeads(db)).toHaveLength(1);
    expect((await db.selectFrom("outbox").selectAll().execute()).length).toBe(1);
  });

  it("keeps a different enquiry sent under an id already used (form restored by Back)", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db);
    const first = validLead();
    const second = { ...first, name: "Casey Morgan", email: "casey@example.com" };
    expect((await handle(json(first))).status).toBe(201);
    const answer = await handle(json(second));
    expect(answer.status).toBe(201);
    const { id } = (await answer.json()) as { id: string };
    expect(id).not.toBe(first.submissionId);
    const rows = await listLeads(db);
    expect(rows.map((row) => [row.id, row.name])).toEqual(
      expect.arrayContaining([
        [first.submissionId, "Jordan Rivera"],
        [id, "Casey Morgan"],
      ]),
    );
    expect((await db.selectFrom("outbox").select("lead_id").execute()).length).toBe(2);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The same second enquiry sent again (a retry) is still one lead, under the same id.
    const retry = await handle(json(second));
    expect(await retry.json()).toEqual({ id });
    expect(await listLeads(db)).toHaveLength(2);
    // A third enquiry under the same id, identical in words to no stored one, is kept too.
    const third = { ...first, message: "A different question." };
    expect((await handle(json(third))).status).toBe(201);
    expect(await listLeads(db)).toHaveLength(3);
  });
});

describe.each(databases)("POST /api/contact from the plain HTML form (%s)", (kind) => {
  const body = (id: string) =>
    `name=Sam+Lee&email=sam%40example.com&goals=weight-loss&goals=health&contactMethod=email&consent=on&submissionId=${id}`;

  it("stores the lead and redirects to the thank-you page with 303", async () => {
    const { db } = await tempLeadDb(kind);
    const response = await handlerFor(db)(form(body(crypto.randomUUID())));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/contact/thanks");
    expect((await listLeads(db))[0]).toMatchObject({
      name: "Sam Lee",
      goals: '["weight-loss","health"]',
    });
  });

  it("answers 422 with a page listing what to fix and keeping what was typed, escaped", async () => {
    const { db } = await tempLeadDb(kind);
    const response = await handlerFor(db)(
      form("name=%3Cb%3ESam%3C%2Fb%3E&email=sam&goals=strength&message=Hi+there"),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("Please enter an email address like name@example.com.");
    expect(html).toContain("Please agree to be contacted so we can reply to you.");
    expect(html).toContain('value="&lt;b&gt;Sam&lt;/b&gt;"');
    expect(html).not.toContain("<b>Sam</b>");
    expect(html).toContain('value="strength" checked');
    expect(html).toContain(">Hi there</textarea>");
  });
});

describe.each(databases)("spam (%s)", (kind) => {
  it("stores a filled honeypot apart, answers success and queues no mail", async () => {
    const { db } = await tempLeadDb(kind);
    const response = await handlerFor(db)(json(validLead({ website: "https://spam.example" })));
    expect(response.status).toBe(201);
    expect(await listLeads(db)).toHaveLength(0);
    expect(Number((await countSpam(db)).n)).toBe(1);
    expect(await db.selectFrom("outbox").selectAll().execute()).toHaveLength(0);
  });

  it("flags a form sent faster than the minimum fill time, and accepts it after", async () => {
    const { db } = await tempLeadDb(kind);
    const shown = new Date("2026-11-25T10:00:00Z");
    let now = new Date(shown.getTime() + 1000);
    const handle = handlerFor(db, { minFillMs: 3000, now: () => now });
    const tokenShownAfter = (ms: number) => createFormToken(secret, new Date(shown.getTime() + ms));
    expect((await handle(json(validLead({ formToken: tokenShownAfter(0) })))).status).toBe(201);
    expect(Number((await countSpam(db)).n)).toBe(1);
    // Another form (a token is good for one submission), sent 4 seconds after it was shown.
    now = new Date(shown.getTime() + 5000);
    expect((await handle(json(validLead({ formToken: tokenShownAfter(1000) })))).status).toBe(201);
    expect(await listLeads(db)).toHaveLength(1);
  });

  it("does not trust a token the client made up or a missing one", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = handlerFor(db, { minFillMs: 3000 });
    const forged = createFormToken(
      "another-secret-of-sufficient-length!!",
      new Date(Date.now() - 60_000),
    );
    expect((await handle(json(validLead({ formToken: forged })))).status).toBe(201);
    expect((await handle(json(validLead()))).status).toBe(201);
    expect(await listLeads(db)).toHaveLength(0);
    expect(Number((await countSpam(db)).n)).toBe(2);
  });
});

describe.each(databases)("the rate limit and IPv6 clients (%s)", (kind) => {
  const from = (address: string) => ({ "x-forwarded-for": address });
  const oneAMinute = (db: Db) => handlerFor(db, { perMinute: 1, trustProxy: true });

  it("counts addresses in one /64 as one client and different /64s apart", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = oneAMinute(db);
    expect((await handle(json(validLead(), from("2001:db8:1:2::1")))).status).toBe(201);
    expect((await handle(json(validLead(), from("2001:DB8:1:2:ffff:0:0:9")))).status).toBe(429);
    expect((await handle(json(validLead(), from("2001:0db8:0001:0002::abcd%eth0")))).status).toBe(
      429,
    );
    expect((await handle(json(validLead(), from("2001:db8:1:3::1")))).status).toBe(201);
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", async () => {
    const { db } = await tempLeadDb(kind);
    const handle = oneAMinute(db);
    expect((await handle(json(validLead(), from("::ffff:198.51.100.7")))).status).toBe(201);
    expect((await handle(json(validLead(), from("198.51.100.7")))).status).toBe(429);
    expect((await handle(json(validLead(), from("::ffff:198.51.100.8")))).status).toBe(201);
  });
});
