import "server-only";
// POST /admin/actions/accept-invitation: the invited person's chosen password. The account is
// made, the link used up and the person signed in, or the form comes back saying why not.
import { passwordThroughLinkAction } from "../links";
import { acceptInvitation } from "./invitations";

export const acceptInvitationAction = passwordThroughLinkAction({
  purpose: "invite",
  notOurs: {
    words:
      "This is not an invitation link we made. Check that the whole link was copied, or ask an owner of the team to invite you again.",
    back: "/admin/sign-in",
  },
  async use({ db, now }, token, hash) {
    const accepted = await acceptInvitation(db, token, hash, now);
    return accepted.accepted ? accepted.email : undefined;
  },
});
