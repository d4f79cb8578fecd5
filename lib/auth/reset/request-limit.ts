import "server-only";
// How often anyone may ask for a password link. Counted per client network (a flood from one
// place gets a 429), and per typed address, known or not: 3 an hour from one network, 10 an hour
// from all together. Beyond those the answer stays "sent" but nothing is mailed, so an inbox is
// not flooded and nobody learns which addresses have accounts; and a stranger spending an
// address's links from their own network does not stop its owner asking from theirs.
import { createHash, randomUUID } from "node:crypto";
import { lockForTransaction, type Db } from "@/lib/db";

export const resetRequestWindowMs = 60 * 60_000;
export const resetRequestsPerNetwork = 5;
export const resetRequestsPerAddressAndNetwork = 3;
export const resetRequestsPerAddress = 10;

/** A key that holds no address, only its SHA-256. */
const key = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url")}`;

export type ResetRequestVerdict = "allowed" | "network-limited" | "address-limited";

/**
 * Counts one request for a new password link, under a lock per key, so several instances
 * agree. A request refused for its network is not recorded: it had no effect.
 */
export async function countResetRequest(
  db: Db,
  { network, email }: { network: string; email: string },
  now: Date,
): Promise<ResetRequestVerdict> {
  const keys = {
    network: key("network", network),
    pair: key("address-from-network", `${email} ${network}`),
    address: key("address", email),
  };
  const since = new Date(now.getTime() - resetRequestWindowMs).toISOString();
  return db.transaction().execute(async (trx) => {
    // Always in the same order, so two requests sharing keys cannot deadlock.
    for (const locked of Object.values(keys).sort()) {
      await lockForTransaction(trx, `reset-request:${locked}`);
    }
    const recent = async (k: string) => {
      const row = await trx
        .selectFrom("password_reset_requests")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("key", "=", k)
        .where("at", ">", since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    if ((await recent(keys.network)) >= resetRequestsPerNetwork) return "network-limited";
    // The network made a request either way; the address counts only those let through.
    const limited =
      (await recent(keys.pair)) >= resetRequestsPerAddressAndNetwork ||
      (await recent(keys.address)) >= resetRequestsPerAddress;
    const counted = limited ? [keys.network] : Object.values(keys);
    await trx
      .insertInto("password_reset_requests")
      .values(counted.map((k) => ({ id: randomUUID(), key: k, at: now.toISOString() })))
      .execute();
    return limited ? "address-limited" : "allowed";
  });
}

/** Requests older than the window count for nothing any more. */
export async function forgetOldResetRequests(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - resetRequestWindowMs).toISOString();
  await db.deleteFrom("password_reset_requests").where("at", "<", before).execute();
}
