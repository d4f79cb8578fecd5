import "server-only";
// Staff members' passkeys: per credential, its public key (COSE, base64url), the signature
// counter and when it was added and last used. Removing an account deletes its passkeys
// (team-store.ts), so they stop working at once.
import { lockForTransaction, type Db } from "@/lib/db";

export type NewPasskey = {
  credentialId: string;
  email: string;
  name: string;
  publicKey: string;
  counter: number;
  transports: readonly string[];
};

/** WebAuthn counters are 32-bit unsigned; the column is PostgreSQL's signed integer. */
export const counterLimit = 2147483647;
export const clampCounter = (counter: number) =>
  Math.min(Math.max(0, Math.trunc(counter)), counterLimit);

/**
 * Stores a passkey for an account that exists at this moment (an account removed meanwhile
 * gets none); false also when the credential is already stored.
 */
export async function addPasskey(db: Db, passkey: NewPasskey, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // The lock account removal takes: the account cannot go between this check and the insert.
    await lockForTransaction(trx, `staff:${passkey.email}`);
    const account = await trx
      .selectFrom("staff_users")
      .select("email")
      .where("email", "=", passkey.email)
      .executeTakeFirst();
    if (!account) return false;
    const result = await trx
      .insertInto("staff_passkeys")
      .values({
        credential_id: passkey.credentialId,
        email: passkey.email,
        name: passkey.name,
        public_key: passkey.publicKey,
        counter: clampCounter(passkey.counter),
        transports: passkey.transports.length > 0 ? passkey.transports.join(",") : null,
        created_at: now.toISOString(),
        last_used_at: null,
      })
      .onConflict((conflict) => conflict.column("credential_id").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  });
}

export function listPasskeys(db: Db, email: string) {
  return db
    .selectFrom("staff_passkeys")
    .select(["credential_id", "name", "created_at", "last_used_at"])
    .where("email", "=", email)
    .orderBy("created_at")
    .execute();
}

export function findPasskey(db: Db, credentialId: string) {
  return db
    .selectFrom("staff_passkeys")
    .selectAll()
    .where("credential_id", "=", credentialId)
    .executeTakeFirst();
}

/** Removes one of the account's own passkeys; its name, or undefined if it had none such. */
export async function removePasskey(
  db: Db,
  email: string,
  credentialId: string,
): Promise<string | undefined> {
  const removed = await db
    .deleteFrom("staff_passkeys")
    .where("credential_id", "=", credentialId)
    .where("email", "=", email)
    .returning("name")
    .executeTakeFirst();
  return removed?.name;
}

/** After a verified sign-in: the authenticator's new counter, and when it was used. */
export async function recordPasskeyUse(
  db: Db,
  credentialId: string,
  counter: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable("staff_passkeys")
    .set({ counter: clampCounter(counter), last_used_at: now.toISOString() })
    .where("credential_id", "=", credentialId)
    .execute();
}
