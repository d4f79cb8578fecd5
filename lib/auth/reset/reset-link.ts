import "server-only";
// Links to set a new password: made for an owner to hand over (the team page), or mailed to
// whoever asks for one on the forgotten-password page.
import type { Db } from "@/lib/db";
import { recordAudit } from "../audit";
import { linkLifetimeMs, linkPath, makeOneTimeLink } from "../links";
import { mailInBackground, siteAddress } from "../mail";

/**
 * Makes a reset link for an account (withdrawing its older ones) and records it for owners;
 * returns the token, shown at linkPath.reset(token). `createdBy`: the owner who made it, none
 * when the account's holder asked for it; `address`: the client's, for the record.
 */
export async function makeResetLink(
  db: Db,
  email: string,
  now: Date,
  createdBy?: string | null,
  address?: string | null,
): Promise<string> {
  const token = await makeOneTimeLink(
    db,
    { purpose: "reset", email, createdBy: createdBy ?? undefined },
    now,
  );
  await recordAudit(
    db,
    { event: "reset-link-made", account: email, actor: createdBy ?? null, address },
    now,
  );
  return token;
}

const minutes = linkLifetimeMs.reset / 60_000;

/** The mail with the link, in plain words. */
export function resetMail(email: string, token: string) {
  return {
    to: email,
    subject: "Set a new password for the Altus staff area",
    text: [
      "Someone, probably you, asked to set a new password for the Altus staff account of this address.",
      "",
      "Open this link to choose a new one:",
      siteAddress(linkPath.reset(token)),
      "",
      `The link works once, for ${minutes} minutes. Setting a new password signs this account out everywhere else and removes its passkeys.`,
      "",
      "If you did not ask for it, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * Sends the mail without waiting for it: how long the SMTP server takes must not tell anyone
 * that the address has an account.
 */
export const mailResetLink = (email: string, token: string) =>
  mailInBackground(resetMail(email, token), "reset");
