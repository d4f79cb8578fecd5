import "server-only";
// POST /admin/actions/forgot-password. Whether or not the address has an account, the answer is
// the same page ("if it has one, a link is on its way"), after the same database work, and no
// sooner than a fixed time, so neither the words nor the timing tell who has an account.
import { setTimeout as delay } from "node:timers/promises";
import { getConfig } from "@/lib/config";
import { clientAddress, clientNetwork } from "@/lib/http/client-address";
import { accountMailIsOn } from "../mail";
import { seeOther, staffProblem } from "../responses";
import { normaliseEmail, unusableEmail } from "../sign-in";
import { openStaffAction } from "../staff-route";
import { staffPasswordHash } from "../store";
import { countResetRequest } from "./request-limit";
import { mailResetLink, makeResetLink } from "./reset-link";

/** Longer than the work takes, so every answer takes the same time. */
const answerAfterMs = 300;

export const forgotPasswordAction = openStaffAction(async ({ db, form, now, request }) => {
  // Without mail the page itself says to ask an owner.
  if (!accountMailIsOn()) return seeOther("/admin/forgot-password");
  const email = normaliseEmail(form.get("email") ?? "");
  if (!email) {
    return staffProblem(400, "Type the email address of your staff account.", {
      back: "/admin/forgot-password",
    });
  }
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  const verdict = await countResetRequest(db, { network: clientNetwork(address), email }, now);
  if (verdict === "network-limited") {
    return staffProblem(
      429,
      "Too many new password links were asked for from your network in the last hour. Wait an hour, then try again, or ask an owner of the team to make you a link.",
      { back: "/admin/forgot-password", headers: { "retry-after": "3600" } },
    );
  }
  const known = unusableEmail(email) ? undefined : await staffPasswordHash(db, email);
  if (known && verdict === "allowed") {
    mailResetLink(email, await makeResetLink(db, email, now, null, address));
  }
  await delay(Math.max(0, now.getTime() + answerAfterMs - Date.now()));
  return seeOther("/admin/forgot-password?notice=sent");
});
