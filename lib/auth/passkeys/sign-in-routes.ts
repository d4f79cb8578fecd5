import "server-only";
// POST /admin/actions/passkey-options and passkey-sign-in: open to anyone, like the password
// form, and refused cross-site by the same wrapper. Success answers with the session cookie and
// where to go; the sign-in itself (old session ended, new one, audit) is the password's own.
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { recordAudit } from "../audit";
import { signedIn } from "../sign-in-action";
import { openStaffAction } from "../staff-route";
import { passkeyJson, passkeyProblem } from "./answers";
import { checkPasskeySignIn, signInOptions } from "./authentication";

export const passkeyOptionsAction = openStaffAction(async ({ db, now, request }) => {
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  const answer = await signInOptions(db, address, now);
  if (answer.ok) return passkeyJson(200, answer.options);
  if (answer.busy === "network") {
    const tooMany =
      "Too many passkey sign-ins were started from your network. Wait a minute, or sign in with your password.";
    return passkeyProblem(429, tooMany, [["retry-after", String(answer.retryAfterSeconds)]]);
  }
  const busy = "Passkey sign-in is busy right now. Wait a minute, or sign in with your password.";
  return passkeyProblem(503, busy, [["retry-after", "60"]]);
});

const notRecognised =
  "That passkey did not sign you in. It may have been removed, or the request took too long. Try again, or sign in with your email address and password.";

export const passkeySignInAction = openStaffAction(async (context) => {
  const { db, form, now, request } = context;
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  const result = await checkPasskeySignIn(db, { response: form.get("response"), address }, now);
  if (result.ok) {
    const answer = await signedIn(context, {
      email: result.email,
      hash: undefined,
      method: "passkey",
    });
    // The account was removed between the check and the session.
    if (!answer) return passkeyProblem(401, notRecognised);
    const cookies = answer.headers
      .getSetCookie()
      .map((cookie): [string, string] => ["set-cookie", cookie]);
    return passkeyJson(200, { redirect: "/admin" }, cookies);
  }
  if (result.locked) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return passkeyProblem(
      429,
      `Too many failed sign-ins. Wait ${minutes} minutes, then try again.`,
      [["retry-after", String(result.retryAfterSeconds)]],
    );
  }
  if (result.lockedNow) {
    const detail = "after failed passkey sign-ins";
    await recordAudit(db, { event: "lockout", account: null, address, detail }, now);
  }
  return passkeyProblem(401, notRecognised);
});
