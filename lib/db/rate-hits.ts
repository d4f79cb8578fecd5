import "server-only";
// Requests per client per minute (a sliding window): lead posts per address, passkey sign-in
// options per network. Counted in the database so every instance sees every request. Count and
// record happen under one lock per client, so instances racing at the limit let exactly the
// allowed number through. Refused requests are not recorded, so they do not extend the wait.
// Clients are kept as hashes, and only for a minute.
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "./database";
import { lockForTransaction } from "./dialect";

const windowMs = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What is counted; a client's count of one kind never mixes with another's. */
export type RateKind = "lead-posts" | "passkey-options";

const clientKey = (kind: RateKind, client: string) =>
  createHash("sha256").update(`${kind}:${client}`).digest("base64url");

export async function takeRateHit(
  db: Db,
  { kind, client: name }: { kind: RateKind; client: string },
  perMinute: number,
  now: Date,
): Promise<RateDecision> {
  if (perMinute === 0) return { allowed: true };
  const client = clientKey(kind, name);
  const since = new Date(now.getTime() - windowMs).toISOString();
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `rate:${client}`);
    const recent = await trx
      .selectFrom("rate_hits")
      .select("at")
      .where("client", "=", client)
      .where("at", ">", since)
      .orderBy("at")
      .limit(perMinute)
      .execute();
    if (recent.length < perMinute) {
      await trx
        .insertInto("rate_hits")
        .values({ id: randomUUID(), client, at: now.toISOString() })
        .execute();
      return { allowed: true };
    }
    const oldest = Date.parse(recent[0]?.at ?? now.toISOString());
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000)),
    };
  });
}

/** Drops hits older than the window; any instance may run it, as often as it likes. */
export async function forgetOldRateHits(db: Db, now: Date): Promise<void> {
  const since = new Date(now.getTime() - windowMs).toISOString();
  await db.deleteFrom("rate_hits").where("at", "<=", since).execute();
}
