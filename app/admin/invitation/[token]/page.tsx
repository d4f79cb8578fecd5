import type { Metadata } from "next";
import { ClosedInvitation } from "@/components/staff/closed-link";
import { NewPasswordForm } from "@/components/staff/new-password-form";
import { newPasswordProblemText, oneTimeLinkState } from "@/lib/auth";
import { requireStaffAreaExists } from "@/lib/auth/page-guard";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Accept your invitation" };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function InvitationPage({ params, searchParams }: Props) {
  await requireStaffAreaExists();
  const { token } = await params;
  const { problem } = await searchParams;
  const { db } = await getLeadIntake();
  const link = await oneTimeLinkState(db, token, "invite", new Date());
  if (link.state !== "open") return <ClosedInvitation state={link.state} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-extrabold tracking-tight">Join the Altus staff area</h1>
      <p className="text-ink-soft mt-2">
        You are invited as {link.role === "owner" ? "an owner" : "staff"}. Choose a password to
        create your account; you will be signed in straight away.
      </p>
      <NewPasswordForm
        action="/admin/actions/accept-invitation"
        token={token}
        email={link.email}
        button="Create my account"
        problem={newPasswordProblemText(problem)}
      />
    </div>
  );
}
