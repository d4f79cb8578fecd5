import "server-only";
// With mail on, the account's holder hears of each passkey added to it: a passkey signs in
// without the password, so one added by someone else must not go unnoticed.
import { accountMailIsOn, mailInBackground, siteAddress } from "../mail";

export function passkeyAddedMail(email: string, name: string) {
  return {
    to: email,
    subject: "A passkey was added to your Altus staff account",
    text: [
      "A passkey was just added to the Altus staff account of this address. It signs in without your password.",
      "",
      // On a line of its own, after what happened: the name is typed by whoever added it.
      `The name it was given: ${name}`,
      "",
      "If that was you, there is nothing to do.",
      "",
      "If it was not, set a new password now: that signs the account out everywhere and removes every passkey.",
      siteAddress("/admin/forgot-password"),
    ].join("\n"),
  };
}

export function mailPasskeyAdded(email: string, name: string): void {
  if (accountMailIsOn()) mailInBackground(passkeyAddedMail(email, name), "passkey-added");
}
