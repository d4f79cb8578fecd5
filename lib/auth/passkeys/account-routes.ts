import "server-only";
// The signed-in member's own passkeys: options to make one, the made one to store, and removal.
// Adding needs a recent sign-in (recent-sign-in.ts). Removal is a plain form (works without
// JavaScript) answered with a 303 back to the account page.
import { recordAudit } from "../audit";
import { seeOther } from "../responses";
import { staffAction } from "../staff-route";
import { passkeyJson, passkeyProblem } from "./answers";
import { mailPasskeyAdded } from "./passkey-mail";
import { registerPasskey, registrationOptions } from "./registration";
import { removePasskey } from "./store";

/** Both steps of adding ask: the options may have been fetched just before the window closed. */
const recentSignIn = {
  notRecent: () =>
    passkeyProblem(
      403,
      "To add a passkey, confirm your password first: reload this page and type it where it asks.",
    ),
};

export const passkeyRegisterOptionsAction = staffAction(
  async ({ db, now, staff }) => passkeyJson(200, await registrationOptions(db, staff, now)),
  recentSignIn,
);

export const passkeyRegisterAction = staffAction(async ({ db, form, now, staff }) => {
  const input = { name: form.get("name") ?? "", response: form.get("response") };
  const result = await registerPasskey(db, staff, input, now);
  if (!result.ok) return passkeyProblem(400, result.message);
  mailPasskeyAdded(staff, result.name);
  return passkeyJson(200, { redirect: "/admin/account?notice=passkey-added" });
}, recentSignIn);

export const passkeyRemoveAction = staffAction(async ({ db, form, now, staff }) => {
  const credentialId = form.get("credential") ?? "";
  // Ids are base64url; anything else names no passkey (and never reaches the database).
  const wellFormed = /^[A-Za-z0-9_-]{1,1024}$/.test(credentialId);
  const name = wellFormed ? await removePasskey(db, staff, credentialId) : undefined;
  if (name === undefined) return seeOther("/admin/account?notice=passkey-missing");
  await recordAudit(
    db,
    { event: "passkey-removed", account: staff, actor: staff, detail: name },
    now,
  );
  return seeOther("/admin/account?notice=passkey-removed");
});
