import "server-only";
// POST /admin/actions/accept-invitation: the invited person's chosen password. The account is
// made, the link used up and the person signed in, or the form comes back saying why not.
import { withHashSlot } from "../hash-slots";
import { linkPath, oneTimeLinkState } from "../links";
import { newPasswordProblem } from "../new-password";
import { hashPassword } from "../password";
import { seeOther, staffProblem } from "../responses";
import { signedIn } from "../sign-in-action";
import { openStaffAction } from "../staff-route";
import { acceptInvitation } from "./invitations";

export const acceptInvitationAction = openStaffAction(async (context) => {
  const { db, form, now } = context;
  const typed = form.get("token") ?? "";
  // Only a token's shape goes back into an address (a Location header must be plain text).
  const token = /^[\w-]{1,64}$/.test(typed) ? typed : "unknown";
  const link = await oneTimeLinkState(db, token, "invite", now);
  // The page at the link says what became of it, in words.
  if (link.state !== "open") return seeOther(linkPath.invite(token));
  const password = form.get("password") ?? "";
  const problem = newPasswordProblem(password, form.get("repeat") ?? "", link.email);
  if (problem) return seeOther(`${linkPath.invite(token)}?problem=${problem}`);
  const hash = await withHashSlot(() => hashPassword(password)).catch(() => undefined);
  if (!hash) {
    return staffProblem(503, "The site is busy right now. Wait a few seconds, then try again.", {
      back: linkPath.invite(token),
      headers: { "retry-after": "5" },
    });
  }
  const accepted = await acceptInvitation(db, token, hash, now);
  if (!accepted.accepted) return seeOther(linkPath.invite(token));
  const answer = await signedIn(context, { email: accepted.email, hash, method: "password" });
  return answer ?? seeOther("/admin/sign-in");
});
