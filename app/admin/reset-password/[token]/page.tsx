import type { Metadata } from "next";
import { ClosedResetLink } from "@/components/staff/closed-link";
import { NewPasswordForm } from "@/components/staff/new-password-form";
import { newPasswordProblemText, oneTimeLinkState } from "@/lib/auth";
import { requireStaffAreaExists } from "@/lib/auth/page-guard";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Set a new password" };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await requireStaffAreaExists();
  const { token } = await params;
  const { problem } = await searchParams;
  const { db } = await getLeadIntake();
  const link = await oneTimeLinkState(db, token, "reset", new Date());
  if (link.state !== "open") return <ClosedResetLink state={link.state} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-extrabold tracking-tight">Set a new password</h1>
      <p className="text-ink-soft mt-2">
        Setting it signs this account out everywhere else and removes its passkeys (add them again
        afterwards), and signs you in here.
      </p>
      <NewPasswordForm
        action="/admin/actions/reset-password"
        token={token}
        email={link.email}
        button="Set the new password"
        problem={newPasswordProblemText(problem)}
      />
    </div>
  );
}
