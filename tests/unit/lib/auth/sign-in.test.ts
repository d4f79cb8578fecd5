import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../db/fixtures";
import { type Db } from "@/lib/db";
import {
  addStaffAccount,
  checkSignIn,
  forgetExpiredAuthState,
  hashPassword,
  lockoutWindowMs,
  setStaffPassword,
  staffPasswordHash,
  type SignInResult,
} from "@/lib/auth";

const start = new Date("2026-03-02T09:00:00.000Z");
const second = 1000;
const at = (ms: number) => new Date(start.getTime() + ms);
const ana = "ana@altus.example";
const password = "correct horse battery";
const storedHash = hashPassword(password);

async function withAccount(kind: (typeof databases)[number]) {
  const { db } = await tempLeadDb(kind);
  await addStaffAccount(db, ana, await storedHash, start);
  return db;
}

const signIn = (
  db: Db,
  email: string,
  typed: string,
  address: string,
  now = start,
  device?: string,
) => checkSignIn(db, { email, password: typed, address, devices: device ? [device] : [] }, now);

/** Ana signs in once from her desk; her browser keeps the device cookie this returns. */
async function signedInOnce(db: Db) {
  const result = await checkSignIn(db, { email: ana, password, address: "203.0.113.5" }, start);
  if (!result.ok) throw new Error("the first sign-in should succeed");
  return result;
}

/** Ten wrong passwords for Ana from ten addresses in the first ten seconds: her account locks. */
async function lockFromElsewhere(db: Db) {
  for (let failure = 0; failure < 10; failure += 1) {
    await checkSignIn(
      db,
      { email: ana, password: `guess ${failure}`, address: `198.51.100.${failure}` },
      at(failure * second),
    );
  }
}

/** How many attempts got as far as a password check (not refused as locked or busy). */
const checked = (results: SignInResult[]) =>
  results.filter((result) => result.ok || (!result.locked && !("busy" in result))).length;

function median(times: number[]): number {
  const sorted = times.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(attempt: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await attempt();
  return performance.now() - began;
}

describe.each(databases)("staff sign-in (%s)", (kind) => {
  it("lets the right password in, whatever the case and spaces around the email", async () => {
    const db = await withAccount(kind);
    expect(await signIn(db, " Ana@Altus.Example ", password, "203.0.113.5")).toMatchObject({
      ok: true,
      email: "ana@altus.example",
    });
  });

  it("answers a wrong password and an unknown account identically", async () => {
    const db = await withAccount(kind);
    const wrong = await signIn(db, ana, "wrong password!", "203.0.113.5");
    const unknown = await signIn(db, "nobody@altus.example", password, "203.0.113.6");
    expect(wrong).toEqual({ ok: false, locked: false });
    expect(unknown).toEqual(wrong);
  });

  it("locks an account after 10 failures from several addresses, even to the right password", async () => {
    const db = await withAccount(kind);
    for (let failure = 0; failure < 10; failure += 1) {
      const result = await signIn(
        db,
        ana,
        `guess number ${failure}`,
        `198.51.100.${failure}`,
        at(failure * second),
      );
      // The 10th failure is the one that starts the lock, and says so for the audit record.
      const lockedNow = failure === 9 ? { lockedNow: { account: ana } } : {};
      expect(result).toEqual({ ok: false, locked: false, ...lockedNow });
    }
    const eleventh = await signIn(db, ana, password, "203.0.113.5", at(10 * second));
    // Locked for 15 minutes from the 10th failure (at 9 s): 900 s less the 1 s since.
    expect(eleventh).toEqual({ ok: false, locked: true, retryAfterSeconds: 899 });
  });

  it("locks an address for 15 minutes after 10 failures there across accounts", async () => {
    const db = await withAccount(kind);
    for (let failure = 0; failure < 10; failure += 1) {
      await signIn(
        db,
        `guess${failure}@altus.example`,
        password,
        "198.51.100.7",
        at(failure * second),
      );
    }
    const fromThere = await signIn(db, ana, password, "198.51.100.7", at(10 * second));
    expect(fromThere).toEqual({ ok: false, locked: true, retryAfterSeconds: 899 });
    // The account itself is not locked: from elsewhere the right password still works.
    const fromElsewhere = await signIn(db, ana, password, "203.0.113.5", at(10 * second));
    expect(fromElsewhere.ok).toBe(true);
  });

  it("stays locked for the full 15 minutes when its failures were spread out and housekeeping ran", async () => {
    const db = await withAccount(kind);
    const minute = 60 * second;
    for (let failure = 0; failure < 10; failure += 1) {
      await signIn(db, ana, "wrong password!", "198.51.100.8", at(failure * 90 * second));
    }
    const tenth = 9 * 90 * second;
    const now = at(tenth + 10 * minute);
    // What the server's housekeeping forgets: nothing the lockout still looks at.
    await forgetExpiredAuthState(db, now);
    expect(await signIn(db, ana, password, "203.0.113.9", now)).toMatchObject({
      ok: false,
      locked: true,
    });
  });

  it("counts an IPv6 client by its /64, so moving within it does not reset the lock", async () => {
    const db = await withAccount(kind);
    for (let failure = 0; failure < 10; failure += 1) {
      await signIn(db, `guess${failure}@altus.example`, password, `2001:db8:1:2::${failure + 1}`);
    }
    const sameNetwork = await signIn(db, ana, password, "2001:db8:1:2:ffff::9", at(second));
    expect(sameNetwork).toMatchObject({ ok: false, locked: true });
    const nextNetwork = await signIn(db, ana, password, "2001:db8:1:3::1", at(second));
    expect(nextNetwork).toMatchObject({ ok: true });
  });

  it("lets the right password in again 15 minutes after the last failure", async () => {
    const db = await withAccount(kind);
    for (let failure = 0; failure < 10; failure += 1) {
      await signIn(db, ana, "wrong password!", "198.51.100.7", at(failure * second));
    }
    const lastFailure = 9 * second;
    const stillLocked = await signIn(
      db,
      ana,
      password,
      "198.51.100.7",
      at(lastFailure + lockoutWindowMs - 1),
    );
    expect(stillLocked).toMatchObject({ ok: false, locked: true });
    const later = await signIn(
      db,
      ana,
      password,
      "198.51.100.7",
      at(lastFailure + lockoutWindowMs),
    );
    expect(later).toMatchObject({ ok: true, email: "ana@altus.example" });
  });

  it("checks at most 10 of 60 wrong passwords sent at once, however they interleave", async () => {
    const db = await withAccount(kind);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, guess) =>
        signIn(db, ana, `guess number ${guess}`, `198.51.100.${guess}`, start),
      ),
    );
    expect(checked(results)).toBeLessThanOrEqual(10);
    expect(results.filter((result) => !result.ok && result.locked).length).toBeGreaterThanOrEqual(
      50,
    );
  });

  it("still lets in the browser that signed in before while strangers have locked the account", async () => {
    const db = await withAccount(kind);
    const first = await signedInOnce(db);
    await lockFromElsewhere(db);
    const fresh = await signIn(db, ana, password, "203.0.113.5", at(11 * second));
    expect(fresh).toMatchObject({ ok: false, locked: true });
    const known = await signIn(
      db,
      ana,
      password,
      "203.0.113.5",
      at(12 * second),
      first.deviceToken,
    );
    expect(known).toMatchObject({ ok: true, email: ana });
  });

  it("does not trust a device cookie made for another account, or a forged one", async () => {
    const db = await withAccount(kind);
    const bea = "bea@altus.example";
    await addStaffAccount(db, bea, await storedHash, start);
    const beas = await signIn(db, bea, password, "203.0.113.5", start);
    if (!beas.ok) throw new Error("bea's sign-in should succeed");
    await lockFromElsewhere(db);
    const forged = beas.deviceToken.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
    for (const device of [beas.deviceToken, forged, "d1.nonsense"]) {
      const attempt = await signIn(db, ana, password, "203.0.113.5", at(11 * second), device);
      expect(attempt).toMatchObject({ ok: false, locked: true });
    }
  });

  it("voids every device cookie when the password changes", async () => {
    const db = await withAccount(kind);
    const first = await signedInOnce(db);
    await setStaffPassword(db, ana, await hashPassword(`${password} 2`));
    await lockFromElsewhere(db);
    // The old cookie no longer counts apart: it shares the account's lock like any browser.
    const stale = await signIn(
      db,
      ana,
      `${password} 2`,
      "203.0.113.5",
      at(11 * second),
      first.deviceToken,
    );
    expect(stale).toMatchObject({ ok: false, locked: true });
  });

  it("finds the real device cookie behind one planted for a narrower path", async () => {
    const db = await withAccount(kind);
    const first = await signedInOnce(db);
    await lockFromElsewhere(db);
    const result = await checkSignIn(
      db,
      { email: ana, password, address: "203.0.113.5", devices: ["planted", first.deviceToken] },
      at(11 * second),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("treats an address with a control character as an unknown account, not a database error", async () => {
    const db = await withAccount(kind);
    for (const email of [
      "ana\u0000@altus.example",
      "ana@altus\t.example",
      `${"a".repeat(400)}@x.example`,
    ]) {
      expect(await signIn(db, email, password, "203.0.113.5")).toEqual({
        ok: false,
        locked: false,
      });
    }
  });

  it("locks a known browser after its own 10 failures, without locking the account for others", async () => {
    const db = await withAccount(kind);
    const first = await signedInOnce(db);
    for (let failure = 0; failure < 10; failure += 1) {
      await signIn(
        db,
        ana,
        `typo ${failure}`,
        "203.0.113.5",
        at(failure * second),
        first.deviceToken,
      );
    }
    const device = await signIn(
      db,
      ana,
      password,
      "203.0.113.5",
      at(11 * second),
      first.deviceToken,
    );
    expect(device).toMatchObject({ ok: false, locked: true });
    const elsewhere = await signIn(db, ana, password, "192.0.2.44", at(11 * second));
    expect(elsewhere).toMatchObject({ ok: true });
  });

  it("replaces an old scrypt hash with argon2id at the next successful sign-in", async () => {
    const { db } = await tempLeadDb(kind);
    // `password` hashed as the site did before argon2id: scrypt N=2^15, r=8, p=1.
    const legacy =
      "scrypt$32768$8$1$cXW_CyW0LqUqGnsyZ2FQ3w$hea4hXDakNYTT6PqChZEArUlnid6_k1u3jtYtct3_9s";
    await addStaffAccount(db, ana, legacy, start);
    const result = await signIn(db, ana, password, "203.0.113.5");
    expect(result).toMatchObject({ ok: true });
    const upgraded = await staffPasswordHash(db, ana);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(result.ok && result.hash).toBe(upgraded);
    expect(await signIn(db, ana, password, "203.0.113.5")).toMatchObject({ ok: true });
    expect(await signIn(db, ana, "wrong password!", "203.0.113.5")).toEqual({
      ok: false,
      locked: false,
    });
  });

  it("takes as long for an unknown account as for a wrong password", async () => {
    const db = await withAccount(kind);
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Interleaved, so a slower moment of the machine weighs on both alike.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const address = `198.51.100.${attempt}`;
      unknown.push(
        await timed(() => signIn(db, `nobody${attempt}@altus.example`, password, address)),
      );
      wrong.push(await timed(() => signIn(db, ana, "wrong password!", address)));
    }
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
