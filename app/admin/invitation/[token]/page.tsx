import type { Metadata } from "next";
import { PasswordLinkPage } from "@/components/staff/password-link-page";
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
  return (
    <PasswordLinkPage
      purpose="invite"
      token={token}
      link={link}
      problem={newPasswordProblemText(problem)}
    />
  );
}
