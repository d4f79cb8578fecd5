import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../../db/fixtures";
import { forgetExpiredAuthState } from "@/lib/auth";
import {
  challengeLifetimeMs,
  liveSignInChallengeLimit,
  signInOptions,
  signInOptionsPerMinute,
  storeChallenge,
  takeChallenge,
} from "@/lib/auth/passkeys";

const start = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const challenge = "q3Hn1mVv8Yx0aLsP2bT6Wz";
const ana = "ana@altus.example";
const address = "2001:db8:1:1::7";
const neighbour = "2001:db8:1:2::8";

describe.each(databases)("passkey challenges on %s", (kind) => {
  it("is taken once, and only once", async () => {
    const { db } = await tempLeadDb(kind);
    await storeChallenge(db, challenge, { purpose: "sign-in" }, start);
    expect(await takeChallenge(db, challenge, { purpose: "sign-in" }, at(1000))).toBe(true);
    expect(await takeChallenge(db, challenge, { purpose: "sign-in" }, at(2000))).toBe(false);
  });

  it("is refused once five minutes have passed", async () => {
    const { db } = await tempLeadDb(kind);
    expect(challengeLifetimeMs).toBe(5 * 60_000);
    await storeChallenge(db, challenge, { purpose: "sign-in" }, start);
    expect(
      await takeChallenge(db, challenge, { purpose: "sign-in" }, at(challengeLifetimeMs)),
    ).toBe(false);
  });

  it("is refused for another purpose or another account", async () => {
    const { db } = await tempLeadDb(kind);
    await storeChallenge(db, challenge, { purpose: "register", email: ana }, start);
    expect(await takeChallenge(db, challenge, { purpose: "sign-in" }, start)).toBe(false);
    const other = { purpose: "register", email: "bo@altus.example" } as const;
    expect(await takeChallenge(db, challenge, other, start)).toBe(false);
    expect(await takeChallenge(db, challenge, { purpose: "register", email: ana }, start)).toBe(
      true,
    );
  });

  it("refuses what was never issued, however it is written", async () => {
    const { db } = await tempLeadDb(kind);
    for (const made of [
      "",
      "short",
      "x".repeat(300),
      "nul\u0000nul\u0000nul\u0000nul",
      "a b c d e f g h i",
    ]) {
      expect(await takeChallenge(db, made, { purpose: "sign-in" }, start)).toBe(false);
    }
  });

  it("is forgotten by the housekeeping once expired, not before", async () => {
    const { db } = await tempLeadDb(kind);
    await storeChallenge(db, challenge, { purpose: "sign-in" }, start);
    await storeChallenge(db, `${challenge}later`, { purpose: "sign-in" }, at(60_000));
    await forgetExpiredAuthState(db, at(challengeLifetimeMs + 1));
    const left = await db.selectFrom("passkey_challenges").select("challenge").execute();
    expect(left.map((row) => row.challenge)).toEqual([`${challenge}later`]);
  });

  it("makes no more sign-in challenges while too many are waiting, until they expire", async () => {
    const { db } = await tempLeadDb(kind);
    const expires = at(challengeLifetimeMs).toISOString();
    for (let from = 0; from < liveSignInChallengeLimit; from += 1000) {
      const rows = Array.from({ length: 1000 }, (_, index) => ({
        challenge: `flood-challenge-${from + index}`,
        purpose: "sign-in",
        email: null,
        expires_at: expires,
      }));
      await db.insertInto("passkey_challenges").values(rows).execute();
    }
    expect(await signInOptions(db, address, start)).toEqual({ ok: false, busy: "everyone" });
    expect(await signInOptions(db, address, at(challengeLifetimeMs))).toEqual({
      ok: true,
      options: expect.objectContaining({ challenge: expect.any(String) }),
    });
  });

  // Counted like lead posts (rate_hits), whose test shows the count holds across instances.
  it("answers one network 30 times a minute, and other networks still", async () => {
    const { db } = await tempLeadDb(kind);
    expect(signInOptionsPerMinute).toBe(30);
    const asked = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        // Two /64s of one /48: one network here.
        signInOptions(db, index % 2 ? address : neighbour, start),
      ),
    );
    expect(asked.filter((answer) => answer.ok)).toHaveLength(30);
    expect(asked.find((answer) => !answer.ok)).toEqual({
      ok: false,
      busy: "network",
      retryAfterSeconds: 60,
    });
    const waiting = await db.selectFrom("passkey_challenges").select("challenge").execute();
    expect(waiting).toHaveLength(30);
    expect((await signInOptions(db, "2001:db8:2::1", start)).ok).toBe(true);
    expect((await signInOptions(db, address, at(60_001))).ok).toBe(true);
  });
});
