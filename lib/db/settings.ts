import "server-only";
// Values every instance must agree on, created by whichever instance needs them first.
import { randomBytes } from "node:crypto";
import type { Db } from "./database";

/**
 * A random secret kept under `name`, generated once. Two instances racing to create it both
 * insert-if-absent and then read, so both end up with the one that won.
 */
export async function sharedSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto("settings")
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.value;
}
