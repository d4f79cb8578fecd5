import "server-only";
// The one path of both forms that set a password through a one-time link (an invitation, a
// reset): the token's shape, the link's state, the password's rules, the hash, the change, then
// sign-in. A problem with the password goes back to the link's page as a code (never the
// password in the address); a link no longer open shows its page, which says why in words.
import { HashesBusy, withHashSlot } from "../hash-slots";
import { newPasswordProblem } from "../new-password";
import { hashPassword } from "../password";
import { seeOther, staffProblem } from "../responses";
import { signedIn } from "../sign-in-action";
import { openStaffAction, type OpenActionContext } from "../staff-route";
import { linkPath, oneTimeLinkState, type LinkPurpose } from "./one-time-link";

/** 32 random bytes in base64url, as makeOneTimeLink makes them. */
const tokenShape = /^[\w-]{43}$/;

type PasswordThroughLink = {
  purpose: LinkPurpose;
  /** Said, with a way on, to a token that cannot be one of ours (it never reaches an address). */
  notOurs: { words: string; back: string };
  /** Makes the change in one transaction; the account's address once done, else undefined. */
  use: (context: OpenActionContext, token: string, hash: string) => Promise<string | undefined>;
};

export function passwordThroughLinkAction({ purpose, notOurs, use }: PasswordThroughLink) {
  return openStaffAction(async (context) => {
    const { db, form, now } = context;
    const token = form.get("token") ?? "";
    if (!tokenShape.test(token)) return staffProblem(400, notOurs.words, { back: notOurs.back });
    const page = linkPath[purpose](token);
    const link = await oneTimeLinkState(db, token, purpose, now);
    if (link.state !== "open") return seeOther(page);
    const password = form.get("password") ?? "";
    const problem = newPasswordProblem(password, form.get("repeat") ?? "", link.email);
    if (problem) return seeOther(`${page}?problem=${problem}`);

    const hash = await withHashSlot(() => hashPassword(password)).catch((error: unknown) => {
      if (error instanceof HashesBusy) return undefined;
      throw error;
    });
    // 429 as at sign-in: too many passwords are being hashed at once.
    if (!hash) {
      return staffProblem(429, "The site is busy right now. Wait a few seconds, then try again.", {
        back: page,
        headers: { "retry-after": "5" },
      });
    }
    const email = await use(context, token, hash);
    // Used, withdrawn or expired in the moment between: the page says which.
    if (!email) return seeOther(page);
    const answer = await signedIn(context, { email, hash, method: "password" });
    // Removed or changed again in the moment between: the password is set, so sign in.
    return answer ?? seeOther("/admin/sign-in");
  });
}
