import "server-only";
// What owners do on the team page, one POST each (ownerAction checks the session, the owner's
// role and the cross-site rule first; staff get 404). Every change goes into the audit record.
import { z } from "zod";
import { staffRoles, type StaffRole } from "@/lib/db";
import { recordAudit } from "../audit";
import { linkPath } from "../links";
import { makeResetLink } from "../reset/reset-link";
import { accountMailIsOn, mailInBackground, sendAccountMail, siteAddress } from "../mail";
import { seeOther, staffProblem } from "../responses";
import { normaliseEmail } from "../sign-in";
import { ownerAction } from "../staff-route";
import { inviteTeamMember, withdrawInvitation } from "./invitations";
import { linkShownOnce } from "./link-shown-once";
import { invitationMail, resetLinkMadeMail } from "./team-mail";
import { changeStaffRole, removeTeamMember, staffRole, type TeamChange } from "./team-store";

const teamPage = (notice: string) => `/admin/team?notice=${notice}`;
const back = { back: "/admin/team" };

const emailField = z
  .string()
  .transform(normaliseEmail)
  .pipe(
    z
      .email({ message: "That is not an email address; enter one such as bo@altus.example." })
      .max(320, { message: "That address is too long to be an email address." }),
  );
const roleField = z.enum(staffRoles, { message: "Choose a role: owner or staff." });
const invitationForm = z.object({ email: emailField, role: roleField });
const roleForm = z.object({ email: emailField, role: roleField });
const accountForm = z.object({ email: emailField });

function parse<T>(schema: z.ZodType<T>, form: URLSearchParams): T | Response {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (parsed.success) return parsed.data;
  return staffProblem(400, parsed.error.issues[0]?.message ?? "Fill in the form again.", back);
}

const roleWords = (role: StaffRole) => (role === "owner" ? "an owner" : "staff");

export const inviteAction = ownerAction(async ({ db, form, now, staff }) => {
  const input = parse(invitationForm, form);
  if (input instanceof Response) return input;
  const made = await inviteTeamMember(db, { ...input, owner: staff }, now);
  if (made === "has-account") return seeOther(teamPage("has-account"));
  const address = siteAddress(linkPath.invite(made.token));
  let why = `Mail is not set up on this site, so pass this link to ${input.email} yourself, where only they will see it. It makes them ${roleWords(input.role)}.`;
  if (accountMailIsOn()) {
    try {
      await sendAccountMail(invitationMail(input.email, address, staff));
      return seeOther(teamPage("invited"));
    } catch {
      console.error("staff: invitation mail failed");
      why = `The invitation mail could not be sent just now, so pass this link to ${input.email} yourself, where only they will see it.`;
    }
  }
  return linkShownOnce({ title: "Invitation made", why, address, expires: "works for 72 hours" });
});

export const withdrawInvitationAction = ownerAction(async ({ db, form, now, staff }) => {
  const input = parse(accountForm, form);
  if (input instanceof Response) return input;
  await withdrawInvitation(db, input.email, staff, now);
  return seeOther(teamPage("withdrawn"));
});

const changeNotice: Record<TeamChange, string> = {
  done: "done",
  unchanged: "unchanged",
  "last-owner": "last-owner",
  "no-account": "no-account",
};

export const changeRoleAction = ownerAction(async ({ db, form, now, staff }) => {
  const input = parse(roleForm, form);
  if (input instanceof Response) return input;
  const result = await changeStaffRole(db, input.email, input.role, now);
  if (result !== "done") return seeOther(teamPage(changeNotice[result]));
  const detail = input.role === "owner" ? "staff → owner" : "owner → staff";
  await recordAudit(db, { event: "role-changed", account: input.email, actor: staff, detail }, now);
  // An owner who made themself staff can no longer see the team page.
  return seeOther(input.email === staff ? "/admin" : teamPage("role-changed"));
});

export const removeMemberAction = ownerAction(async ({ db, form, now, staff }) => {
  const input = parse(accountForm, form);
  if (input instanceof Response) return input;
  const result = await removeTeamMember(db, input.email, now);
  if (result !== "done") return seeOther(teamPage(changeNotice[result]));
  await recordAudit(db, { event: "account-removed", account: input.email, actor: staff }, now);
  return seeOther(input.email === staff ? "/admin/sign-in" : teamPage("removed"));
});

/** A reset link an owner passes on by hand: the way back in when mail is off. */
export const resetLinkAction = ownerAction(async ({ db, form, now, staff }) => {
  const input = parse(accountForm, form);
  if (input instanceof Response) return input;
  if (!(await staffRole(db, input.email))) return seeOther(teamPage("no-account"));
  const token = await makeResetLink(db, input.email, now, staff);
  if (accountMailIsOn()) mailInBackground(resetLinkMadeMail(input.email, staff), "reset notice");
  return linkShownOnce({
    title: "Password reset link made",
    why: `Pass this link to ${input.email} yourself, where only they will see it. Opening it lets them choose a new password, which signs them out everywhere and removes their passkeys.`,
    address: siteAddress(linkPath.reset(token)),
    expires: "works for 30 minutes",
  });
});
