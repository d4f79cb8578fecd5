import type { LinkPurpose, LinkState } from "@/lib/auth";
import { ClosedInvitation, ClosedResetLink } from "./closed-link";
import { NewPasswordForm } from "./new-password-form";

type Open = Extract<LinkState, { state: "open" }>;

const pages: Record<
  LinkPurpose,
  { title: string; intro: (link: Open) => string; action: string; button: string }
> = {
  invite: {
    title: "Join the Altus staff area",
    intro: (link) =>
      `You are invited as ${link.role === "owner" ? "an owner" : "staff"}. Choose a password to create your account; you will be signed in straight away.`,
    action: "/admin/actions/accept-invitation",
    button: "Create my account",
  },
  reset: {
    title: "Set a new password",
    intro: () =>
      "Setting it signs this account out everywhere else and removes its passkeys (add them again afterwards), and signs you in here.",
    action: "/admin/actions/reset-password",
    button: "Set the new password",
  },
};

type Props = { purpose: LinkPurpose; token: string; link: LinkState; problem: string | undefined };

/** The page a one-time link opens: a new password's form, or why the link no longer works. */
export function PasswordLinkPage({ purpose, token, link, problem }: Props) {
  if (link.state !== "open") {
    return purpose === "invite" ? (
      <ClosedInvitation state={link.state} />
    ) : (
      <ClosedResetLink state={link.state} />
    );
  }
  const page = pages[purpose];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-extrabold tracking-tight">{page.title}</h1>
      <p className="text-ink-soft mt-2">{page.intro(link)}</p>
      <NewPasswordForm
        action={page.action}
        token={token}
        email={link.email}
        button={page.button}
        problem={problem}
      />
    </div>
  );
}
