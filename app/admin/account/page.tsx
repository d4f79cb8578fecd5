import type { Metadata } from "next";
import { ConfirmPasswordForm, passwordWrongNotice } from "@/components/staff/confirm-password-form";
import { PasskeyCeremony } from "@/components/staff/passkey-ceremony";
import { PasskeyList } from "@/components/staff/passkey-list";
import { StaffNotice } from "@/components/staff/staff-notice";
import { requireStaffSession } from "@/lib/auth/page-guard";
import { listPasskeys } from "@/lib/auth/passkeys";
import { recentSignInMs, signedInRecently } from "@/lib/auth/recent-sign-in";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Your account" };

const notices: Record<string, { text: string; error: boolean }> = {
  "passkey-added": { text: "Passkey added. You can sign in with it now.", error: false },
  "passkey-removed": { text: "Passkey removed. It no longer signs you in.", error: false },
  "passkey-missing": {
    text: "That passkey was already removed, so nothing changed.",
    error: true,
  },
  "password-wrong": passwordWrongNotice,
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const { email, signedInAt } = await requireStaffSession();
  const { notice } = await searchParams;
  const shown = typeof notice === "string" ? notices[notice] : undefined;
  const passkeys = await listPasskeys(await getDb(), email);
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Your account</h1>
      <p className="mt-2 break-all">
        Signed in as <strong>{email}</strong>
      </p>
      <StaffNotice notice={shown} />
      <section aria-labelledby="passkeys" className="mt-8 max-w-3xl">
        <h2 id="passkeys" className="text-2xl font-bold">
          Passkeys
        </h2>
        <p className="text-ink-soft mt-2 max-w-prose">
          A passkey lets you sign in with this device’s fingerprint, face or PIN instead of your
          password. Your password keeps working too.
        </p>
        <PasskeyList passkeys={passkeys} timeZone={getConfig().STAFF_TIME_ZONE} />
        <h3 className="mt-8 text-xl font-bold">Add a passkey</h3>
        {signedInRecently(signedInAt, new Date()) ? (
          <PasskeyCeremony kind="add" />
        ) : (
          <ConfirmPasswordForm
            email={email}
            next="account"
            why={`To add a passkey, confirm your password. You can then add one for ${recentSignInMs / 60_000} minutes.`}
          />
        )}
      </section>
    </>
  );
}
