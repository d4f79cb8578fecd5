import "server-only";
// POST /admin/actions/reset-password: the new password from a reset link's page. A problem with
// it sends the person back to the page with a code (never the password in the address); a link
// no longer open shows the page that says why. Once set, the person is signed in with it.
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { HashesBusy, withHashSlot } from "../hash-slots";
import { linkPath, oneTimeLinkState } from "../links";
import { hashPassword } from "../password";
import { seeOther, staffProblem } from "../responses";
import { signedIn } from "../sign-in-action";
import { openStaffAction } from "../staff-route";
import { newPasswordProblem } from "../new-password";
import { resetPasswordWithLink } from "./reset-with-link";

const tokenShape = /^[\w-]{43}$/;

export const resetPasswordAction = openStaffAction(async (context) => {
  const { db, form, now, request } = context;
  const token = form.get("token") ?? "";
  if (!tokenShape.test(token)) {
    return staffProblem(
      400,
      "This is not a link to set a new password that we made. Ask for a new one on the forgotten-password page.",
      { back: "/admin/forgot-password" },
    );
  }
  const page = linkPath.reset(token);
  const link = await oneTimeLinkState(db, token, "reset", now);
  if (link.state !== "open") return seeOther(page);
  const password = form.get("password") ?? "";
  const problem = newPasswordProblem(password, form.get("repeat") ?? "", link.email);
  if (problem) return seeOther(`${page}?problem=${problem}`);

  const hash = await withHashSlot(() => hashPassword(password)).catch((error: unknown) => {
    if (error instanceof HashesBusy) return undefined;
    throw error;
  });
  if (!hash) {
    return staffProblem(429, "The site is busy right now. Wait a few seconds, then try again.", {
      back: page,
      headers: { "retry-after": "5" },
    });
  }
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  const outcome = await resetPasswordWithLink(db, token, hash, now, address);
  if (outcome.state !== "done") return seeOther(page);
  const answer = await signedIn(context, { email: outcome.email, hash, method: "password" });
  // Removed or changed again in the moment between: the new password is set, so sign in.
  return answer ?? seeOther("/admin/sign-in");
});
