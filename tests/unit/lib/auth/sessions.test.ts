import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../db/fixtures";
import { type Db } from "@/lib/db";
import {
  absoluteLimitMs,
  addStaffAccount,
  endStaffSession,
  hashPassword,
  idleLimitMs,
  removeStaffAccount,
  setStaffPassword,
  staffForToken,
  startStaffSession,
  touchStaffSession,
} from "@/lib/auth";

const start = new Date("2026-03-02T09:00:00.000Z");
const hour = 60 * 60_000;
const at = (ms: number) => new Date(start.getTime() + ms);

/** Who the token belongs to at that moment, touching the session as a page view would. */
const staffAt = (db: Db, token: string | undefined, now: Date) =>
  staffForToken(db, token, now, (hash) => touchStaffSession(db, hash, now)).then(
    (staff) => staff?.email,
  );

/** One character changed, so the token still has a token's shape. */
const tampered = (token: string) => (token.startsWith("A") ? "B" : "A") + token.slice(1);

// Hashed once: scrypt is slow on purpose, and these tests never check the password.
const storedHash = hashPassword("correct horse battery");

/** A session started right after its password was checked, as sign-in does. */
async function sessionFor(db: Db, email: string): Promise<string> {
  const token = await startStaffSession(db, email, await storedHash, start);
  if (!token) throw new Error("the session did not start");
  return token;
}

async function withAccounts(kind: (typeof databases)[number]) {
  const { db } = await tempLeadDb(kind);
  const hash = await storedHash;
  await addStaffAccount(db, "ana@altus.example", hash, start);
  await addStaffAccount(db, "bo@altus.example", hash, start);
  return db;
}

describe.each(databases)("staff sessions (%s)", (kind) => {
  it("knows whose session a token opens", async () => {
    const db = await withAccounts(kind);
    const token = await sessionFor(db, "ana@altus.example");
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(await staffAt(db, token, at(hour))).toBe("ana@altus.example");
  });

  it("refuses a token with one character changed, and no token at all", async () => {
    const db = await withAccounts(kind);
    const token = await sessionFor(db, "ana@altus.example");
    expect(await staffAt(db, tampered(token), start)).toBeUndefined();
    expect(await staffAt(db, undefined, start)).toBeUndefined();
    expect(await staffAt(db, "", start)).toBeUndefined();
  });

  it("ends a session left idle for more than 12 hours", async () => {
    const db = await withAccounts(kind);
    const token = await sessionFor(db, "ana@altus.example");
    expect(await staffAt(db, token, at(idleLimitMs + 1))).toBeUndefined();
    // Ended for good: the session is gone, not just refused at that moment.
    expect(await staffAt(db, token, at(hour))).toBeUndefined();
  });

  it("keeps a session used within 12 hours", async () => {
    const db = await withAccounts(kind);
    const token = await sessionFor(db, "ana@altus.example");
    expect(await staffAt(db, token, at(idleLimitMs))).toBe("ana@altus.example");
    expect(await staffAt(db, token, at(2 * idleLimitMs))).toBe("ana@altus.example");
  });

  it("ends a session after 7 days even when it was used every few hours", async () => {
    const db = await withAccounts(kind);
    const token = await sessionFor(db, "ana@altus.example");
    for (let elapsed = 4 * hour; elapsed < absoluteLimitMs; elapsed += 4 * hour) {
      expect(await staffAt(db, token, at(elapsed))).toBe("ana@altus.example");
    }
    expect(await staffAt(db, token, at(absoluteLimitMs - 1))).toBe("ana@altus.example");
    expect(await staffAt(db, token, at(absoluteLimitMs))).toBeUndefined();
  });

  it("ends only the signed-out session at sign-out", async () => {
    const db = await withAccounts(kind);
    const laptop = await sessionFor(db, "ana@altus.example");
    const phone = await sessionFor(db, "ana@altus.example");
    await endStaffSession(db, laptop);
    expect(await staffAt(db, laptop, at(hour))).toBeUndefined();
    expect(await staffAt(db, phone, at(hour))).toBe("ana@altus.example");
  });

  it.each([
    ["removing the account", (db: Db) => removeStaffAccount(db, "ana@altus.example")],
    [
      "changing its password",
      async (db: Db) =>
        setStaffPassword(db, "ana@altus.example", await hashPassword("a new long password")),
    ],
  ])("ends every session of an account on %s, and no one else's", async (_, change) => {
    const db = await withAccounts(kind);
    const laptop = await sessionFor(db, "ana@altus.example");
    const phone = await sessionFor(db, "ana@altus.example");
    const colleague = await sessionFor(db, "bo@altus.example");
    expect(await change(db)).toBe(true);
    expect(await staffAt(db, laptop, at(hour))).toBeUndefined();
    expect(await staffAt(db, phone, at(hour))).toBeUndefined();
    expect(await staffAt(db, colleague, at(hour))).toBe("bo@altus.example");
  });

  it("starts no session when the password changed between its check and the session", async () => {
    const db = await withAccounts(kind);
    const checked = await storedHash;
    await setStaffPassword(db, "ana@altus.example", await hashPassword("a brand new password"));
    expect(await startStaffSession(db, "ana@altus.example", checked, start)).toBeUndefined();
  });
});
