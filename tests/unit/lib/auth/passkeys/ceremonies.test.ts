import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../../db/fixtures";
import { softAuthenticator } from "./soft-authenticator";
import { addStaffAccount, hashPassword, lockoutFailures, removeStaffAccount } from "@/lib/auth";
import {
  checkPasskeySignIn,
  findPasskey,
  registerPasskey,
  registrationOptions,
  relyingParty,
  signInOptions,
} from "@/lib/auth/passkeys";
import type { Db } from "@/lib/db";

// Both ceremonies end to end on the server, answered by a software authenticator with real keys.
const start = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const ana = "ana@altus.example";
const address = "203.0.113.5";
const storedHash = hashPassword("correct horse battery");

/** Ana, with a passkey named "Work laptop" made by `device`. */
async function withPasskey(kind: (typeof databases)[number]) {
  const { db } = await tempLeadDb(kind);
  await addStaffAccount(db, ana, await storedHash, start);
  const device = softAuthenticator(relyingParty());
  const options = await registrationOptions(db, ana, start);
  const response = JSON.stringify(device.register(options.challenge));
  const added = await registerPasskey(db, ana, { name: " Work laptop ", response }, start);
  expect(added).toEqual({ ok: true, name: "Work laptop" });
  return { db, device };
}

async function optionsFor(db: Db, now: Date) {
  const answer = await signInOptions(db, address, now);
  if (!answer.ok) throw new Error("no sign-in options were made");
  return answer.options;
}

async function signInWith(db: Db, device: ReturnType<typeof softAuthenticator>, now = start) {
  const options = await optionsFor(db, now);
  const response = JSON.stringify(device.authenticate(options.challenge));
  return { response, result: await checkPasskeySignIn(db, { response, address }, now) };
}

describe.each(databases)("passkey ceremonies on %s", (kind) => {
  it("adds a passkey, recorded for owners with its name", async () => {
    const { db, device } = await withPasskey(kind);
    expect((await findPasskey(db, device.id))?.email).toBe(ana);
    const audit = await db.selectFrom("staff_audit").selectAll().execute();
    expect(audit).toMatchObject([
      { event: "passkey-added", account: ana, actor: ana, detail: "Work laptop" },
    ]);
  });

  it("signs in with the passkey and keeps its counter and last use", async () => {
    const { db, device } = await withPasskey(kind);
    const { result } = await signInWith(db, device, at(60_000));
    expect(result).toEqual({ ok: true, email: ana });
    const stored = await findPasskey(db, device.id);
    expect(stored?.counter).toBe(1);
    expect(stored?.last_used_at).toBe(at(60_000).toISOString());
  });

  it("refuses a challenge signed twice: each is good for one sign-in", async () => {
    const { db, device } = await withPasskey(kind);
    const options = await optionsFor(db, start);
    const first = JSON.stringify(device.authenticate(options.challenge));
    expect((await checkPasskeySignIn(db, { response: first, address }, start)).ok).toBe(true);
    // A fresh signature (its counter moved on) over the same challenge, as from a captured one.
    const second = JSON.stringify(device.authenticate(options.challenge));
    expect((await checkPasskeySignIn(db, { response: second, address }, at(1000))).ok).toBe(false);
    // And the very same answer again.
    expect((await checkPasskeySignIn(db, { response: first, address }, at(2000))).ok).toBe(false);
  });

  it("refuses a passkey whose counter went backwards (a cloned authenticator)", async () => {
    const { db, device } = await withPasskey(kind);
    device.setCounter(5);
    expect((await signInWith(db, device)).result.ok).toBe(true);
    device.setCounter(2);
    expect((await signInWith(db, device)).result.ok).toBe(false);
  });

  it("refuses an answer without user verification, or from another site", async () => {
    const { db, device } = await withPasskey(kind);
    const options = await optionsFor(db, start);
    const unverified = JSON.stringify(
      device.authenticate(options.challenge, { userVerified: false }),
    );
    expect((await checkPasskeySignIn(db, { response: unverified, address }, start)).ok).toBe(false);
    const elsewhere = await optionsFor(db, start);
    const phished = JSON.stringify(
      device.authenticate(elsewhere.challenge, { origin: "https://altus-login.example" }),
    );
    expect((await checkPasskeySignIn(db, { response: phished, address }, start)).ok).toBe(false);
    // The same device, asked properly, still signs in: the refusals were for those answers.
    expect((await signInWith(db, device)).result.ok).toBe(true);
  });

  it("stops signing in a removed account's passkey at once", async () => {
    const { db, device } = await withPasskey(kind);
    expect(await removeStaffAccount(db, ana)).toBe(true);
    expect((await signInWith(db, device)).result.ok).toBe(false);
    expect(await findPasskey(db, device.id)).toBeUndefined();
  });

  it("answers garbage with a refusal, never an error", async () => {
    const { db } = await withPasskey(kind);
    for (const response of [null, "", "{", "[]", '{"id":"x"}', JSON.stringify({ id: "\u0000" })]) {
      expect((await checkPasskeySignIn(db, { response, address }, start)).ok).toBe(false);
    }
  });

  it("counts failed passkey sign-ins toward the address's lockout, like passwords", async () => {
    const { db, device } = await withPasskey(kind);
    for (let attempt = 0; attempt < lockoutFailures; attempt += 1) {
      const result = await checkPasskeySignIn(db, { response: "{}", address }, at(attempt * 1000));
      expect(result).toMatchObject({ ok: false, locked: false });
    }
    // Locked now, even for a good passkey, from that network (an IPv4 address is its own).
    const { result } = await signInWith(db, device, at(lockoutFailures * 1000));
    expect(result).toMatchObject({ ok: false, locked: true });
  });

  it("refuses a passkey name that is empty, too long or holds control characters", async () => {
    const { db, device } = await withPasskey(kind);
    // A line break, a Unicode line separator, a right-to-left override.
    for (const name of ["  ", "x".repeat(61), "Work\nlaptop", "Work\u2028laptop", "pot\u202Epal"]) {
      const options = await registrationOptions(db, ana, start);
      const response = JSON.stringify(device.register(options.challenge));
      expect((await registerPasskey(db, ana, { name, response }, start)).ok).toBe(false);
    }
  });

  it("refuses a registration answered for another account's challenge", async () => {
    const { db } = await withPasskey(kind);
    await addStaffAccount(db, "bo@altus.example", await storedHash, start);
    const options = await registrationOptions(db, "bo@altus.example", start);
    const device = softAuthenticator(relyingParty());
    const response = JSON.stringify(device.register(options.challenge));
    expect((await registerPasskey(db, ana, { name: "Phone", response }, start)).ok).toBe(false);
  });
});
