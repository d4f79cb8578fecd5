import "server-only";
// The messages that carry one-time links to a person. Plain text: an address typed by an owner
// cannot become markup.
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
