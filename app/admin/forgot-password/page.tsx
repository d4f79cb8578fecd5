import Link from "next/link";
import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/staff/forgot-password-form";
import { linkLifetimeMs } from "@/lib/auth/links";
import { accountMailIsOn } from "@/lib/auth/mail";
import { requireStaffAreaExists } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Forgot your password?" };
export const dynamic = "force-dynamic";
const minutes = linkLifetimeMs.reset / 60_000;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  await requireStaffAreaExists();
  const { notice } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-extrabold tracking-tight">Forgot your password?</h1>
      {!accountMailIsOn() ? (
        <p className="border-accent mt-6 rounded-md border-2 p-3 font-medium">
          Mail is not set up on this site, so we cannot send you a link. Ask an owner of the team to
          make a link to set a new password for you on the Team page.
        </p>
      ) : notice === "sent" ? (
        <p role="status" className="bg-brand-50 mt-6 rounded-md p-3">
          If that address has an account, we have sent it a link to set a new password. The link
          works once, for {minutes} minutes. If nothing arrives, check the spelling and your spam
          folder, or ask an owner of the team.
        </p>
      ) : (
        <>
          <p className="text-ink-soft mt-2">
            Type the email address of your staff account. We will send it a link to set a new
            password.
          </p>
          <ForgotPasswordForm />
        </>
      )}
      <p className="mt-6">
        <Link
          href="/admin/sign-in"
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
