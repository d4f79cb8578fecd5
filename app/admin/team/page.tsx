import Link from "next/link";
import type { Metadata } from "next";
import { ConfirmPasswordForm, passwordWrongNotice } from "@/components/staff/confirm-password-form";
import { InvitationList } from "@/components/staff/invitation-list";
import { InviteForm } from "@/components/staff/invite-form";
import { StaffNotice } from "@/components/staff/staff-notice";
import { TeamMemberList } from "@/components/staff/team-member-list";
import { accountMailIsOn, listTeam, openInvitations } from "@/lib/auth";
import { requireOwner } from "@/lib/auth/page-guard";
import { recentSignInMs, signedInRecently } from "@/lib/auth/recent-sign-in";
import { getConfig } from "@/lib/config";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Team" };

const notices: Record<string, { text: string; error?: boolean }> = {
  invited: { text: "The invitation is on its way. It appears below until it is accepted." },
  withdrawn: { text: "The invitation is withdrawn: its link no longer works." },
  "role-changed": { text: "The role is changed. It applies from their next page." },
  removed: { text: "The account is removed, and signed out everywhere." },
  unchanged: { text: "Nothing changed: the account already had that role." },
  "has-account": { text: "That address already has an account, so no invitation was made." },
  "no-account": { text: "There is no account with that address any more.", error: true },
  "confirm-first": {
    text: "Nothing changed yet: confirm your password first, then do it again.",
    error: true,
  },
  "password-wrong": passwordWrongNotice,
  "last-owner": {
    text: "That is the last owner. Make someone else an owner first, so someone can still manage the team.",
    error: true,
  },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamPage({ searchParams }: Props) {
  const { email: you, signedInAt } = await requireOwner();
  const { notice } = await searchParams;
  const { db } = await getLeadIntake();
  const now = new Date();
  const shown = typeof notice === "string" ? notices[notice] : undefined;
  if (!signedInRecently(signedInAt, now)) {
    return (
      <>
        <h1 className="text-3xl font-extrabold tracking-tight">Team</h1>
        <StaffNotice notice={shown} />
        <ConfirmPasswordForm
          email={you}
          next="team"
          why={`The team page hands out ways in, so it asks for your password again. You can then make changes for ${recentSignInMs / 60_000} minutes.`}
        />
      </>
    );
  }
  const [members, invitations] = await Promise.all([listTeam(db), openInvitations(db, now)]);
  const timeZone = getConfig().STAFF_TIME_ZONE;
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Team</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Everyone with an account. Owners manage the team; staff work the leads.{" "}
        <Link
          href="/admin/team/record"
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Account record
        </Link>{" "}
        lists sign-ins and every change to an account.
      </p>
      <StaffNotice notice={shown} />
      <section aria-labelledby="people" className="mt-8">
        <h2 id="people" className="text-xl font-bold">
          Accounts
        </h2>
        <TeamMemberList members={members} you={you} timeZone={timeZone} />
      </section>
      <section aria-labelledby="waiting" className="mt-8">
        <h2 id="waiting" className="text-xl font-bold">
          Invitations waiting
        </h2>
        <InvitationList invitations={invitations} timeZone={timeZone} />
      </section>
      <section aria-labelledby="invite" className="mt-8">
        <h2 id="invite" className="text-xl font-bold">
          Invite someone
        </h2>
        <InviteForm mailIsOn={accountMailIsOn()} />
      </section>
    </>
  );
}
