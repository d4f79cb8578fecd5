import "server-only";
// The messages of the team page: invitations carrying their link, and the notice that an owner
// made a reset link for someone's account. Plain text: an address typed by an owner cannot
// become markup.
import { linkLifetimeMs } from "../links";
import type { AccountMail } from "../mail";

export function invitationMail(email: string, address: string, owner: string): AccountMail {
  return {
    to: email,
    subject: "You are invited to the Altus staff area",
    text: `${owner} has invited you to the Altus staff area, where the team works with leads.

To accept, open this link and choose a password:

${address}

The link works once, for 72 hours. If you were not expecting this, you can ignore this message.
`,
  };
}

/**
 * The account's holder hears that an owner can now set their password (the link itself went to
 * the owner, to hand over): no one signs in as someone else unnoticed.
 */
export function resetLinkMadeMail(email: string, owner: string): AccountMail {
  return {
    to: email,
    subject: "A link to set a new password for your Altus staff account was made",
    text: `${owner}, an owner of the Altus team, made a link to set a new password for the Altus staff account of this address. They will hand it to you; it works once, for ${linkLifetimeMs.reset / 60_000} minutes.

Setting a new password with it signs the account out everywhere and removes its passkeys.

If you did not ask for this, talk to ${owner} or another owner of the team.
`,
  };
}
