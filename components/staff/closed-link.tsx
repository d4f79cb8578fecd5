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
export const ClosedInvitation = ({ state }: { state: Closed }) => (
  <ClosedLink title="This invitation cannot be used" words={invitationWords[state]}>
    <Link href="/admin/sign-in" className={linkClass}>
      Go to sign-in
    </Link>
  </ClosedLink>
);

const resetWords: Record<Exclude<Closed, "has-account">, string> = {
  used: "This link has already been used. Each link to set a new password works only once.",
  expired:
    "This link has expired: links to set a new password work for 30 minutes. Ask for a new one.",
  revoked:
    "This link was replaced by a newer one, or withdrawn when the account changed. Use the newest link you received, or ask for a new one.",
  unknown:
    "This link is not one we made. Check that the whole link was copied, or ask for a new one.",
};

/** Why a link to set a new password no longer opens anything, with where to get a new one. */
export const ClosedResetLink = ({ state }: { state: Exclude<Closed, "has-account"> }) => (
  <ClosedLink title="This link cannot be used" words={resetWords[state]}>
    <Link href="/admin/forgot-password" className={linkClass}>
      Ask for a new link
    </Link>
  </ClosedLink>
);

const linkClass = "text-brand-800 font-semibold underline underline-offset-4";

function ClosedLink({
  title,
  words,
  children,
}: {
  title: string;
  words: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
      <p className="mt-4 max-w-prose">{words}</p>
      <p className="mt-4">{children}</p>
    </>
  );
}
