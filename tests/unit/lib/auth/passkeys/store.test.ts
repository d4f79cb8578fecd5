import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../../db/fixtures";
import { addStaffAccount, hashPassword } from "@/lib/auth";
import {
  addPasskey,
  counterLimit,
  findPasskey,
  listPasskeys,
  recordPasskeyUse,
  removePasskey,
  type NewPasskey,
} from "@/lib/auth/passkeys";

const start = new Date("2026-03-02T09:00:00.000Z");
const later = new Date("2026-03-03T10:00:00.000Z");
const ana = "ana@altus.example";
const storedHash = hashPassword("correct horse battery");
const laptop: NewPasskey = {
  credentialId: "Y3JlZC1sYXB0b3A",
  email: ana,
  name: "Work laptop",
  publicKey: "pQECAyYgASFYIA",
  counter: 0,
  transports: ["internal", "hybrid"],
};

async function withAccount(kind: (typeof databases)[number]) {
  const { db } = await tempLeadDb(kind);
  await addStaffAccount(db, ana, await storedHash, start);
  return db;
}

describe.each(databases)("the passkey store on %s", (kind) => {
  it("adds, lists and removes a member's passkey by name", async () => {
    const db = await withAccount(kind);
    expect(await addPasskey(db, laptop, start)).toBe(true);
    expect(await listPasskeys(db, ana)).toEqual([
      {
        credential_id: laptop.credentialId,
        name: "Work laptop",
        created_at: start.toISOString(),
        last_used_at: null,
      },
    ]);
    expect((await findPasskey(db, laptop.credentialId))?.transports).toBe("internal,hybrid");
    expect(await removePasskey(db, ana, laptop.credentialId)).toBe("Work laptop");
    expect(await listPasskeys(db, ana)).toEqual([]);
    expect(await removePasskey(db, ana, laptop.credentialId)).toBeUndefined();
  });

  it("adds none for an account that does not exist, and never the same credential twice", async () => {
    const db = await withAccount(kind);
    expect(await addPasskey(db, { ...laptop, email: "gone@altus.example" }, start)).toBe(false);
    expect(await addPasskey(db, laptop, start)).toBe(true);
    expect(await addPasskey(db, { ...laptop, name: "Again" }, start)).toBe(false);
  });

  it("lets no one remove another member's passkey", async () => {
    const db = await withAccount(kind);
    await addStaffAccount(db, "bo@altus.example", await storedHash, start);
    await addPasskey(db, laptop, start);
    expect(await removePasskey(db, "bo@altus.example", laptop.credentialId)).toBeUndefined();
    expect(await listPasskeys(db, ana)).toHaveLength(1);
  });

  it("records each use's counter, kept within the database's integer", async () => {
    const db = await withAccount(kind);
    await addPasskey(db, laptop, start);
    await recordPasskeyUse(db, laptop.credentialId, 7, later);
    let stored = await findPasskey(db, laptop.credentialId);
    expect(stored?.counter).toBe(7);
    expect(stored?.last_used_at).toBe(later.toISOString());
    await recordPasskeyUse(db, laptop.credentialId, 4294967295, later);
    stored = await findPasskey(db, laptop.credentialId);
    expect(stored?.counter).toBe(counterLimit);
  });
});
