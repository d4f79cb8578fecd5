import "server-only";
// POST /admin/actions/reset-password: the new password from a reset link's page. Once set, every
// other session of the account has ended and the person is signed in with it.
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { passwordThroughLinkAction } from "../links";
import { resetPasswordWithLink } from "./reset-with-link";

export const resetPasswordAction = passwordThroughLinkAction({
  purpose: "reset",
  notOurs: {
    words:
      "This is not a link to set a new password that we made. Ask for a new one on the forgotten-password page.",
    back: "/admin/forgot-password",
  },
  async use({ db, now, request }, token, hash) {
    const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
    const outcome = await resetPasswordWithLink(db, token, hash, now, address);
    return outcome.state === "done" ? outcome.email : undefined;
  },
});
