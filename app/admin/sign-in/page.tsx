import Link from "next/link";
import type { Metadata } from "next";
import { PasskeyCeremony } from "@/components/staff/passkey-ceremony";
import { SignInForm } from "@/components/staff/sign-in-form";
import { requireStaffAreaOpen } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, { text: string; error: boolean }> = {
  invalid: {
    text: "That email address and password do not match an account. Check both and try again.",
    error: true,
  },
  "signed-out": { text: "You are signed out.", error: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  await requireStaffAreaOpen();
  const { notice } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-extrabold tracking-tight">Sign in</h1>
      <p className="text-ink-soft mt-2">
        For Altus staff. Accounts are made by an owner of the team.
      </p>
      <SignInForm notice={typeof notice === "string" ? notices[notice] : undefined} />
      <PasskeyCeremony kind="sign-in" />
      <p className="mt-6">
        <Link href="/admin/forgot-password" className="text-brand-800 underline underline-offset-4">
          Forgot your password?
        </Link>
      </p>
    </div>
  );
}
