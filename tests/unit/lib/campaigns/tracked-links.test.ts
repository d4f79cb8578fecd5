import { describe, expect, it } from "vitest";
import {
  changeTarget,
  createTrackedLink,
  findTrackedLink,
  forgetClickVisitors,
  listTrackedLinks,
  recordClick,
  setArchived,
  targetChanges,
} from "@/lib/campaigns/server";
import { databases, tempLeadDb } from "../db/fixtures";

const now = new Date("2026-12-01T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const utm = { source: "flyer", medium: "print", campaign: "spring" };
const visitor = { address: "192.0.2.10", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131" };
const staff = "ana@altus.example";

describe.each(databases)("tracked links (%s)", (kind) => {
  it("keeps a typed code once, refuses it a second time and generates readable codes", async () => {
    const { db } = await tempLeadDb(kind);
    const link = { target: "/certifications/cscs#goals", utm, staff, now };
    expect(await createTrackedLink(db, { ...link, code: "spring-flyer" })).toEqual({
      kind: "created",
      code: "spring-flyer",
    });
    expect(await createTrackedLink(db, { ...link, code: "spring-flyer" })).toEqual({
      kind: "taken",
      code: "spring-flyer",
    });
    const generated = await createTrackedLink(db, link);
    expect(generated.kind).toBe("created");
    expect(generated.code).toMatch(/^[2-9a-hjkmnp-z]{7}$/);
    expect((await findTrackedLink(db, "spring-flyer"))?.target).toBe("/certifications/cscs#goals");
  });

  it("counts a visitor's repeat within the hour once, and again after it", async () => {
    const { db } = await tempLeadDb(kind);
    await createTrackedLink(db, { code: "spring-flyer", target: "/", utm, staff, now });
    const click = (at: Date, who = visitor, qr = false) =>
      recordClick(db, { code: "spring-flyer", target: "/", visitor: who, qr, now: at });
    expect(await click(now)).toBe(true);
    expect(await click(later(30))).toBe(false);
    expect(await click(later(59))).toBe(false);
    expect(await click(later(30), { ...visitor, address: "192.0.2.11" }, true)).toBe(true);
    expect(await click(later(61))).toBe(true);
    const [stats] = await listTrackedLinks(db, { archived: false, now: later(61) });
    expect(stats).toMatchObject({ clicks7: 3, clicks30: 3, clicksAll: 3, qrClicks: 1, leads: 0 });
    // Stored per click: the link, where it led, the time, QR or not; nothing about the visitor.
    const columns = Object.keys((await db.selectFrom("link_clicks").selectAll().execute())[0]!);
    expect(columns.toSorted()).toEqual(["at", "code", "id", "qr", "target"]);
  });

  it("forgets visitor hashes after the hour and salts of past days", async () => {
    const { db } = await tempLeadDb(kind);
    await createTrackedLink(db, { code: "spring-flyer", target: "/", utm, staff, now });
    await recordClick(db, { code: "spring-flyer", target: "/", visitor, qr: false, now });
    await forgetClickVisitors(db, later(30));
    expect(await db.selectFrom("link_recent_visitors").selectAll().execute()).toHaveLength(1);
    const tomorrow = later(24 * 60);
    await forgetClickVisitors(db, tomorrow);
    expect(await db.selectFrom("link_recent_visitors").selectAll().execute()).toHaveLength(0);
    const salts = await db
      .selectFrom("settings")
      .select("name")
      .where("name", "like", "click-salt:%")
      .execute();
    expect(salts).toEqual([]);
  });

  it("counts clicks by period, archives without deleting and keeps each change of destination", async () => {
    const { db } = await tempLeadDb(kind);
    await createTrackedLink(db, { code: "spring-flyer", target: "/", utm, staff, now });
    const old = new Date(now.getTime() - 20 * 24 * 60 * 60_000);
    await recordClick(db, { code: "spring-flyer", target: "/", visitor, qr: false, now: old });
    await recordClick(db, { code: "spring-flyer", target: "/", visitor, qr: false, now });
    const [stats] = await listTrackedLinks(db, { archived: false, now });
    expect(stats).toMatchObject({ clicks7: 1, clicks30: 2, clicksAll: 2 });

    expect(await changeTarget(db, { code: "spring-flyer", target: "/contact", staff, now })).toBe(
      "changed",
    );
    expect(await changeTarget(db, { code: "spring-flyer", target: "/contact", staff, now })).toBe(
      "unchanged",
    );
    expect(await targetChanges(db, "spring-flyer")).toEqual([
      { at: now.toISOString(), staff_email: staff, from_target: "/", to_target: "/contact" },
    ]);

    await setArchived(db, "spring-flyer", true, now);
    expect(await listTrackedLinks(db, { archived: false, now })).toEqual([]);
    expect((await listTrackedLinks(db, { archived: true, now })).map((link) => link.code)).toEqual([
      "spring-flyer",
    ]);
    expect((await findTrackedLink(db, "spring-flyer"))?.target).toBe("/contact");
  });

  it("loses no click when many distinct visitors click at once", async () => {
    const { db } = await tempLeadDb(kind);
    await createTrackedLink(db, { code: "spring-flyer", target: "/", utm, staff, now });
    const visitors = Array.from({ length: 50 }, (_, index) => ({
      ...visitor,
      address: `198.51.100.${index}`,
    }));
    const counted = await Promise.all(
      visitors.map((who) =>
        recordClick(db, { code: "spring-flyer", target: "/", visitor: who, qr: false, now }),
      ),
    );
    expect(counted.every(Boolean)).toBe(true);
    const [stats] = await listTrackedLinks(db, { archived: false, now });
    expect(stats?.clicksAll).toBe(50);
  });
});
