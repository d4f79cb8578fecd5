import { describe, expect, it } from "vitest";
import { validateLead } from "@/tests/fixtures/lead-words";
import { csvCell, leadsToCsv, listLeads, saveLead } from "@/lib/leads/server";
import { databases, tempLeadDb, validLead } from "../db/fixtures";

describe.each(databases)("leads CSV export (%s)", (kind) => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1 555 010 0199", "'+1 555 010 0199"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["plain text", "plain text"],
    ["with, comma", '"with, comma"'],
    ["two\nlines", '"two\nlines"'],
  ])("writes %j so a spreadsheet shows it as text: %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("has a header row and one row per stored lead, goals readable", async () => {
    const { db } = await tempLeadDb(kind);
    const parsed = validateLead(validLead({ name: "Kim", message: "" }));
    if (!parsed.ok) throw new Error("fixture lead is invalid");
    await saveLead(db, parsed.lead, new Date("2026-11-25T10:00:00Z"));
    const lines = leadsToCsv(await listLeads(db))
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "id,created_at,status,name,email,phone,goals,training,limitations,contact_method,message,utm_source,utm_medium,utm_campaign,utm_term,utm_content,referrer,landing_page,tracked_link",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      ",2026-11-25T10:00:00.000Z,new,Kim,jordan@example.com,'+1 555 010 0199,strength; health,",
    );
  });
});

describe("CSV cells for spreadsheets that split on semicolons", () => {
  it("guards a formula that would start a cell after a ; or a tab", () => {
    expect(csvCell("hi;=cmd|' /C calc'!A0")).toBe("hi;'=cmd|' /C calc'!A0");
    expect(csvCell("a\t+1")).toBe("a\t'+1");
    expect(csvCell("plain; text")).toBe("plain; text");
  });
});
