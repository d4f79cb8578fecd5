import { describe, expect, it } from "vitest";
import {
  acceptInvitation,
  addStaffAccount,
  changeStaffRole,
  inviteTeamMember,
  listTeam,
  oneTimeLinkState,
  removeTeamMember,
  setStaffPassword,
  startStaffSession,
  staffForToken,
  touchStaffSession,
  withdrawInvitation,
} from "@/lib/auth";
import { makeResetLink, resetPasswordWithLink } from "@/lib/auth/reset";
import type { Db } from "@/lib/db";
import { databases, tempLeadDb } from "../../db/fixtures";

const start = new Date("2026-03-02T09:00:00.000Z");
const hours = (n: number) => new Date(start.getTime() + n * 60 * 60_000);
const ana = "ana@altus.example";
const bo = "bo@altus.example";
const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

async function teamOf(kind: (typeof databases)[number]): Promise<Db> {
  const { db } = await tempLeadDb(kind);
  await addStaffAccount(db, ana, hash, start);
  return db;
}

const signedIn = (db: Db, token: string | undefined) =>
  staffForToken(db, token, hours(1), (tokenHash) => touchStaffSession(db, tokenHash, hours(1)));

async function addPasskey(db: Db, email: string, id: string) {
  await db
    .insertInto("staff_passkeys")
    .values({
      credential_id: id,
      email,
      name: "Phone",
      public_key: "key",
      counter: 0,
      transports: null,
      created_at: start.toISOString(),
      last_used_at: null,
    })
    .execute();
}

describe.each(databases)("the team (%s)", (kind) => {
  it("makes the first account an owner whatever was asked, and later ones what was asked", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start, "staff");
    await addStaffAccount(db, "cy@altus.example", hash, start, "owner");
    const roles = (await listTeam(db)).map((member) => [member.email, member.role]);
    expect(roles).toEqual([
      [ana, "owner"],
      [bo, "staff"],
      ["cy@altus.example", "owner"],
    ]);
  });

  it("never lets the last owner be demoted or removed", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start);
    expect(await changeStaffRole(db, ana, "staff")).toBe("last-owner");
    expect(await removeTeamMember(db, ana, start)).toBe("last-owner");
    expect(await changeStaffRole(db, bo, "owner")).toBe("done");
    expect(await changeStaffRole(db, ana, "staff")).toBe("done");
    expect(await changeStaffRole(db, bo, "staff")).toBe("last-owner");
  });

  it("keeps an owner when two owners demote each other at once", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start, "owner");
    // Two connections open first, so the two changes really overlap on PostgreSQL.
    await Promise.all([listTeam(db), listTeam(db)]);
    const results = await Promise.all([
      changeStaffRole(db, ana, "staff"),
      changeStaffRole(db, bo, "staff"),
    ]);
    expect(results.sort()).toEqual(["done", "last-owner"]);
    expect((await listTeam(db)).filter((member) => member.role === "owner")).toHaveLength(1);
  });

  it("ends a removed account's sessions and passkeys at once", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start);
    const token = await startStaffSession(db, bo, hash, start);
    expect((await signedIn(db, token))?.email).toBe(bo);
    await addPasskey(db, bo, "bo-key");
    expect(await removeTeamMember(db, bo, start)).toBe("done");
    expect(await signedIn(db, token)).toBeUndefined();
    expect(await db.selectFrom("staff_passkeys").selectAll().execute()).toEqual([]);
  });
});

describe.each(databases)("an owner's power ends with their role (%s)", (kind) => {
  it("withdraws the links an owner made when they are made staff or removed", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start, "owner");
    const invite = async (owner: string, email: string) => {
      const made = await inviteTeamMember(db, { email, role: "owner", owner }, start);
      if (made === "has-account") throw new Error(`${email} has no account yet`);
      return made.token;
    };
    const boMade = await invite(bo, "cy@altus.example");
    const anaMade = await invite(ana, "di@altus.example");
    const boReset = await makeResetLink(db, ana, start, bo);
    expect(await changeStaffRole(db, bo, "staff", hours(1))).toBe("done");
    expect((await oneTimeLinkState(db, boMade, "invite", hours(2))).state).toBe("revoked");
    expect((await oneTimeLinkState(db, boReset, "reset", hours(0.2))).state).toBe("revoked");
    expect((await oneTimeLinkState(db, anaMade, "invite", hours(2))).state).toBe("open");
    await addStaffAccount(db, "ed@altus.example", hash, start, "owner");
    const edMade = await invite("ed@altus.example", "fy@altus.example");
    expect(await removeTeamMember(db, "ed@altus.example", hours(3))).toBe("done");
    expect((await oneTimeLinkState(db, edMade, "invite", hours(4))).state).toBe("revoked");
  });

  it("ends an account's passkeys with its sessions when its password is replaced", async () => {
    const db = await teamOf(kind);
    await addStaffAccount(db, bo, hash, start);
    await addPasskey(db, bo, "bo-key");
    await addPasskey(db, ana, "ana-key");
    const resetLink = await makeResetLink(db, bo, start, ana);
    expect(await resetPasswordWithLink(db, resetLink, hash, start)).toEqual({
      state: "done",
      email: bo,
    });
    await addPasskey(db, bo, "bo-key-2");
    expect(await setStaffPassword(db, bo, hash)).toBe(true);
    const left = await db.selectFrom("staff_passkeys").select("credential_id").execute();
    expect(left.map((row) => row.credential_id)).toEqual(["ana-key"]);
  });
});

describe.each(databases)("invitations (%s)", (kind) => {
  it("makes the account with the role offered, once, and records it", async () => {
    const db = await teamOf(kind);
    const made = await inviteTeamMember(db, { email: bo, role: "owner", owner: ana }, start);
    if (made === "has-account") throw new Error("bo has no account yet");
    expect(await acceptInvitation(db, made.token, hash, hours(71))).toEqual({
      accepted: true,
      email: bo,
    });
    expect(await acceptInvitation(db, made.token, hash, hours(71))).toEqual({
      accepted: false,
      state: "used",
    });
    expect((await listTeam(db)).find((member) => member.email === bo)?.role).toBe("owner");
    const events = await db.selectFrom("staff_audit").select(["event", "actor"]).execute();
    expect(events).toEqual([
      { event: "invitation-sent", actor: ana },
      { event: "invitation-accepted", actor: null },
    ]);
  });

  it("stores only a hash of the link's token", async () => {
    const db = await teamOf(kind);
    const made = await inviteTeamMember(db, { email: bo, role: "staff", owner: ana }, start);
    if (made === "has-account") throw new Error("bo has no account yet");
    const stored = JSON.stringify(await db.selectFrom("staff_tokens").selectAll().execute());
    expect(stored).not.toContain(made.token);
  });

  it("refuses a link after 72 hours, once withdrawn, or replaced by a newer one", async () => {
    const db = await teamOf(kind);
    const invite = async () => {
      const made = await inviteTeamMember(db, { email: bo, role: "staff", owner: ana }, start);
      if (made === "has-account") throw new Error("bo has no account yet");
      return made.token;
    };
    const first = await invite();
    expect((await oneTimeLinkState(db, first, "invite", hours(71.9))).state).toBe("open");
    expect((await oneTimeLinkState(db, first, "invite", hours(72))).state).toBe("expired");
    const second = await invite();
    expect((await oneTimeLinkState(db, first, "invite", hours(1))).state).toBe("revoked");
    await withdrawInvitation(db, bo, ana, hours(2));
    expect(await acceptInvitation(db, second, hash, hours(3))).toEqual({
      accepted: false,
      state: "revoked",
    });
    expect((await oneTimeLinkState(db, "x".repeat(43), "invite", start)).state).toBe("unknown");
    // A reset link's token opens no invitation.
    expect((await oneTimeLinkState(db, second, "reset", start)).state).toBe("unknown");
  });

  it("makes one account when the link is sent twice at once", async () => {
    const db = await teamOf(kind);
    const made = await inviteTeamMember(db, { email: bo, role: "staff", owner: ana }, start);
    if (made === "has-account") throw new Error("bo has no account yet");
    const results = await Promise.all([
      acceptInvitation(db, made.token, hash, hours(1)),
      acceptInvitation(db, made.token, hash, hours(1)),
    ]);
    expect(results.filter((result) => result.accepted)).toHaveLength(1);
  });

  it("does not invite an address that already has an account", async () => {
    const db = await teamOf(kind);
    expect(await inviteTeamMember(db, { email: ana, role: "staff", owner: ana }, start)).toBe(
      "has-account",
    );
  });
});
