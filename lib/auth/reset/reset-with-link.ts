import "server-only";
// Setting a new password through a reset link: in one transaction the link is used up, the
// password replaced, every session and passkey of the account ended and its other reset links
// withdrawn.
// Two tabs sending the same link at once set one password: the second finds it used.
import { lockForTransaction, type Db } from "@/lib/db";
import { recordAudit } from "../audit";
import { replacePassword } from "../store";
import { markLinkUsed, oneTimeLinkState, withdrawLinks, type LinkState } from "../links";

export type ResetOutcome =
  { state: "done"; email: string } | { state: Exclude<LinkState["state"], "open"> };

/** `hash` is the new password's, made before (hashing inside would hold the lock for it). */
export async function resetPasswordWithLink(
  db: Db,
  token: string,
  hash: string,
  now: Date,
  address: string | null = null,
): Promise<ResetOutcome> {
  const before = await oneTimeLinkState(db, token, "reset", now);
  if (before.state !== "open") return before;
  return db.transaction().execute(async (trx): Promise<ResetOutcome> => {
    // The lock sign-in takes before starting a session, so none starts on the old password.
    await lockForTransaction(trx, `staff:${before.email}`);
    const link = await oneTimeLinkState(trx, token, "reset", now);
    if (link.state !== "open") return link;
    if (!(await markLinkUsed(trx, link.hash, now))) return { state: "used" };
    // The account was removed since the link was made: the link is spent, nothing else to do.
    if (!(await replacePassword(trx, link.email, hash))) return { state: "revoked" };
    await withdrawLinks(trx, link.email, ["reset"], now);
    await recordAudit(trx, { event: "password-reset", account: link.email, address }, now);
    return { state: "done", email: link.email };
  });
}
