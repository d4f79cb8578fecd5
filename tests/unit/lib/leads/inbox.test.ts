import { describe, expect, it } from "vitest";
import { validateLead } from "@/tests/fixtures/lead-words";
import {
  addLeadNote,
  changeLeadStatus,
  deleteLeadForever,
  inboxPage,
  leadDetail,
  markNotSpam,
  noValue,
  saveLead,
  saveSpam,
  statusCounts,
} from "@/lib/leads/server";
import { dayStartUtc } from "@/lib/leads/staff";
import { databases, tempLeadDb, validLead } from "../db/fixtures";
import { type Db } from "@/lib/db";

async function store(db: Db, at: string, overrides: Record<string, unknown>) {
  const result = validateLead(validLead(overrides));
  if (!result.ok) throw new Error("fixture lead is invalid");
  return (await saveLead(db, result.lead, new Date(at))).id;
}

describe.each(databases)("the staff inbox's queries (%s)", (kind) => {
  it("filters by status, goal, words anywhere and dates, newest first, with counts per status", async () => {
    const { db } = await tempLeadDb(kind);
    const ana = await store(db, "2026-11-20T09:00:00Z", { name: "Ana Lima", goals: ["strength"] });
    const ben = await store(db, "2026-11-24T23:30:00Z", {
      name: "Ben Ode",
      email: "BEN@Example.com",
      goals: ["health"],
      message: "100% committed, call after_5",
    });
    await store(db, "2026-11-25T12:00:00Z", { name: "Cleo Park", goals: ["strength", "health"] });
    await changeLeadStatus(db, ana, "contacted", "staff@altus.example", new Date());

    const names = async (filter: Parameters<typeof inboxPage>[1]) =>
      (await inboxPage(db, filter, 1)).rows.map((row) => row.name);
    expect(await names({})).toEqual(["Cleo Park", "Ben Ode", "Ana Lima"]);
    expect(await names({ status: "contacted" })).toEqual(["Ana Lima"]);
    expect(await names({ goal: "health" })).toEqual(["Cleo Park", "Ben Ode"]);
    // Case does not matter; % and _ are letters, not wildcards.
    expect(await names({ search: "ben@example" })).toEqual(["Ben Ode"]);
    expect(await names({ search: "100%" })).toEqual(["Ben Ode"]);
    expect(await names({ search: "after_5" })).toEqual(["Ben Ode"]);
    expect(await names({ search: "a_5" })).toEqual([]);
    // 24 Nov in London ends at midnight London time; Ben arrived at 23:30 UTC that day.
    const from = dayStartUtc("2026-11-24", "Europe/London").toISOString();
    const until = dayStartUtc("2026-11-25", "Europe/London").toISOString();
    expect(await names({ from, until })).toEqual(["Ben Ode"]);
    const counts = await statusCounts(db, { goal: "strength", status: "new" });
    expect(Object.fromEntries(counts)).toEqual({ new: 1, contacted: 1 });
    expect((await inboxPage(db, {}, 2)).rows).toEqual([]);
    expect((await inboxPage(db, {}, 1)).total).toBe(3);
    expect(ben).toBeDefined();
  });

  it("filters by exact source, medium, campaign and landing page, and by none given", async () => {
    const { db } = await tempLeadDb(kind);
    const at = "2026-11-20T09:00:00Z";
    await store(db, at, { name: "Ana", utmSource: "newsletter", utmCampaign: "spring" });
    await store(db, at, { name: "Ben", utmSource: "Newsletter", landingPage: "/#promises" });
    await store(db, at, { name: "Cleo", utmSource: "(none)", utmMedium: "email" });
    await store(db, at, { name: "Dan", utmMedium: "email", landingPage: "/articles/x" });
    const names = async (filter: Parameters<typeof inboxPage>[1]) =>
      (await inboxPage(db, filter, 1)).rows.map((row) => row.name).sort();
    // Exact: case matters, and a value is not a prefix.
    expect(await names({ source: "newsletter" })).toEqual(["Ana"]);
    expect(await names({ source: "news" })).toEqual([]);
    expect(await names({ source: noValue })).toEqual(["Cleo", "Dan"]);
    expect(await names({ medium: "email", source: noValue })).toEqual(["Cleo", "Dan"]);
    expect(await names({ campaign: noValue })).toEqual(["Ben", "Cleo", "Dan"]);
    expect(await names({ landingPage: "/#promises" })).toEqual(["Ben"]);
    expect(await names({ landingPage: noValue })).toEqual(["Ana", "Cleo"]);
    const counts = await statusCounts(db, { campaign: "spring" });
    expect(Object.fromEntries(counts)).toEqual({ new: 1 });
  });

  it("records status changes and notes with who and when, and deletes everything of a lead on request", async () => {
    const { db } = await tempLeadDb(kind);
    const id = await store(db, "2026-11-20T09:00:00Z", {});
    const now = new Date("2026-11-26T10:00:00Z");
    expect(await changeLeadStatus(db, id, "contacted", "ana@altus.example", now)).toBe(true);
    expect(await addLeadNote(db, id, "Left a message", "ana@altus.example", now)).toBe(true);
    const detail = await leadDetail(db, id);
    expect(detail?.history).toMatchObject([
      { from_status: "new", to_status: "contacted", staff_email: "ana@altus.example" },
    ]);
    expect(detail?.notes).toMatchObject([{ body: "Left a message" }]);
    expect(detail?.jobs).toHaveLength(1);

    expect(await deleteLeadForever(db, id, "ana@altus.example", now)).toBe(true);
    expect(await leadDetail(db, id)).toBeUndefined();
    for (const table of ["outbox", "lead_notes", "lead_events"] as const) {
      expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
    expect(await db.selectFrom("lead_deletions").selectAll().execute()).toMatchObject([
      { lead_id: id, staff_email: "ana@altus.example", at: now.toISOString() },
    ]);
    expect(await changeLeadStatus(db, id, "won", "ana@altus.example", now)).toBe(false);
  });

  it("moves a submission out of spam into the leads with its notifications", async () => {
    const { db } = await tempLeadDb(kind);
    const result = validateLead(validLead({ name: "Real Person" }));
    if (!result.ok) throw new Error("fixture lead is invalid");
    await saveSpam(db, result.lead, "sent 200 ms after the form was shown", new Date());
    const id = await markNotSpam(db, result.lead.submissionId, ["mail", "webhook"]);
    expect(id).toBe(result.lead.submissionId);
    expect(await db.selectFrom("spam_leads").selectAll().execute()).toEqual([]);
    const detail = await leadDetail(db, result.lead.submissionId);
    expect(detail?.lead).toMatchObject({ name: "Real Person", status: "new" });
    expect(detail?.jobs.map((job) => job.channel)).toEqual(["mail", "webhook"]);
    expect(await markNotSpam(db, result.lead.submissionId, ["mail"])).toBeUndefined();
  });
});
