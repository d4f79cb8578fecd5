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

const signIn = (db: Db, email: string, typed: string, address: string, now = start) =>
  checkSignIn(db, { email, password: typed, address }, now);

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
      expect(result).toEqual({ ok: false, locked: false });
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
