import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../../db/fixtures";
import {
  addStaffAccount,
  hashPassword,
  staffForToken,
  staffPasswordHash,
  startStaffSession,
} from "@/lib/auth";
import { linkLifetimeMs, oneTimeLinkState } from "@/lib/auth/links";
import { makeResetLink, resetPasswordWithLink } from "@/lib/auth/reset";
import type { Db } from "@/lib/db";

const start = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const ana = "ana@altus.example";
// Hashed once: argon2 is slow on purpose, and these tests compare hashes, not passwords.
const oldHash = hashPassword("correct horse battery");
const newHash = hashPassword("a quite different passphrase");

async function withAna(kind: (typeof databases)[number]) {
  const { db } = await tempLeadDb(kind);
  await addStaffAccount(db, ana, await oldHash, start);
  return db;
}

const sessionOf = async (db: Db) => {
  const token = await startStaffSession(db, ana, await oldHash, start);
  if (!token) throw new Error("the session did not start");
  return token;
};

const auditEvents = (db: Db) =>
  db.selectFrom("staff_audit").select(["event", "account", "actor"]).orderBy("id").execute();

describe.each(databases)("setting a new password through a reset link (%s)", (kind) => {
  it("uses the link up, changes the password and ends every session", async () => {
    const db = await withAna(kind);
    const sessions = [await sessionOf(db), await sessionOf(db)];
    const token = await makeResetLink(db, ana, start);
    const outcome = await resetPasswordWithLink(db, token, await newHash, at(60_000), "192.0.2.1");
    expect(outcome).toEqual({ state: "done", email: ana });
    expect(await staffPasswordHash(db, ana)).toBe(await newHash);
    for (const session of sessions) {
      expect(await staffForToken(db, session, at(60_000), async () => undefined)).toBeUndefined();
    }
    expect(await oneTimeLinkState(db, token, "reset", at(60_000))).toEqual({ state: "used" });
    expect(await auditEvents(db)).toEqual([
      { event: "reset-link-made", account: ana, actor: null },
      { event: "password-reset", account: ana, actor: null },
    ]);
  });

  it("refuses a second use, even at the same moment, and sets one password", async () => {
    const db = await withAna(kind);
    const token = await makeResetLink(db, ana, start);
    const other = await hashPassword("yet another long passphrase");
    const outcomes = await Promise.all([
      resetPasswordWithLink(db, token, await newHash, at(1_000)),
      resetPasswordWithLink(db, token, other, at(1_000)),
    ]);
    const states = outcomes.map((outcome) => outcome.state).sort();
    expect(states).toEqual(["done", "used"]);
    expect(await resetPasswordWithLink(db, token, other, at(2_000))).toEqual({ state: "used" });
    const winner = outcomes[0]?.state === "done" ? await newHash : other;
    expect(await staffPasswordHash(db, ana)).toBe(winner);
    const resets = (await auditEvents(db)).filter((row) => row.event === "password-reset");
    expect(resets).toHaveLength(1);
  });

  it("refuses an expired link and leaves the password and sessions alone", async () => {
    const db = await withAna(kind);
    const session = await sessionOf(db);
    const token = await makeResetLink(db, ana, start);
    const late = at(linkLifetimeMs.reset);
    expect(await resetPasswordWithLink(db, token, await newHash, late)).toEqual({
      state: "expired",
    });
    expect(await staffPasswordHash(db, ana)).toBe(await oldHash);
    expect(await staffForToken(db, session, late, async () => undefined)).toMatchObject({
      email: ana,
    });
  });

  it("withdraws the older link when a new one is made; an owner's link names its maker", async () => {
    const db = await withAna(kind);
    const first = await makeResetLink(db, ana, start);
    const second = await makeResetLink(db, ana, at(1_000), "owner@altus.example");
    expect(await resetPasswordWithLink(db, first, await newHash, at(2_000))).toEqual({
      state: "revoked",
    });
    expect(await resetPasswordWithLink(db, second, await newHash, at(2_000))).toMatchObject({
      state: "done",
    });
    expect((await auditEvents(db))[1]).toEqual({
      event: "reset-link-made",
      account: ana,
      actor: "owner@altus.example",
    });
  });

  it("knows no token it did not make", async () => {
    const db = await withAna(kind);
    expect(await resetPasswordWithLink(db, "A".repeat(43), await newHash, start)).toEqual({
      state: "unknown",
    });
    expect(await resetPasswordWithLink(db, "not a token", await newHash, start)).toEqual({
      state: "unknown",
    });
  });
});
