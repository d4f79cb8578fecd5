import type { Metadata } from "next";
import { PasswordLinkPage } from "@/components/staff/password-link-page";
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
  return (
    <PasswordLinkPage
      purpose="reset"
      token={token}
      link={link}
      problem={newPasswordProblemText(problem)}
    />
  );
}
