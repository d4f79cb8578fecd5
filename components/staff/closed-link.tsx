import Link from "next/link";

type Closed = "used" | "expired" | "revoked" | "unknown" | "has-account";

const invitationWords: Record<Closed, string> = {
  used: "This invitation has already been used. If it was you, sign in with the password you chose.",
  expired:
    "This invitation has expired: invitations work for 72 hours. Ask an owner of the team to invite you again.",
  revoked:
    "This invitation was withdrawn, or replaced by a newer one. Use the newest invitation you received, or ask an owner of the team.",
  unknown:
    "This is not a link we made. Check that the whole link was copied, or ask an owner of the team to invite you again.",
  "has-account": "This address already has an account. Sign in with it.",
};

/** Why an invitation link no longer opens anything, in words, with where to go instead. */
export function ClosedInvitation({ state }: { state: Closed }) {
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">This invitation cannot be used</h1>
      <p className="mt-4 max-w-prose">{invitationWords[state]}</p>
      <p className="mt-4">
        <Link
          href="/admin/sign-in"
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Go to sign-in
        </Link>
      </p>
    </>
  );
}
