import "server-only";
// Which submission each form token was first sent with, so one token makes one enquiry. The
// token is kept as a hash, and only while it could still be accepted.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { formTokenLifetimeMs } from "../form-token-lifetime";

const tokenHash = (token: string) =>
  createHash("sha256").update(`form-token:${token}`).digest("base64url");

/** The submission id a token was first sent with, if it has been sent. */
export async function formTokenFirstUse(db: Db, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("form_token_uses")
    .select("submission_id")
    .where("token_hash", "=", tokenHash(token))
    .executeTakeFirst();
  return row?.submission_id;
}

/**
 * Records that `submissionId` sent `token`, unless another submission sent it first, and
 * returns the submission id the token belongs to. Insert-if-absent, then read: instances racing
 * with one token and different submissions all read the one whose insert landed first.
 */
export async function recordFormTokenUse(
  db: Db,
  token: string,
  submissionId: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto("form_token_uses")
    .values({
      token_hash: tokenHash(token),
      submission_id: submissionId,
      used_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.column("token_hash").doNothing())
    .execute();
  const firstUse = await formTokenFirstUse(db, token);
  if (firstUse === undefined) throw new Error("A form token's use vanished as it was recorded.");
  return firstUse;
}

/**
 * Forgets uses of tokens refused for their age anyway: a token is recorded only while it is
 * fresh, so once its use is a lifetime old the token is too. An hour more covers instances
 * whose clocks are apart. Any instance may run it.
 */
export async function forgetOldFormTokenUses(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - formTokenLifetimeMs - 3_600_000).toISOString();
  await db.deleteFrom("form_token_uses").where("used_at", "<", before).execute();
}
