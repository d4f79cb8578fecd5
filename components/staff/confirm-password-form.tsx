import { AccountField } from "./account-field";
import { SubmitButton } from "./submit-button";

/** The notice of the page the form returns to (`?notice=password-wrong`) after a wrong password. */
export const passwordWrongNotice = {
  text: "That password is not right. Type the password you sign in with, then confirm.",
  error: true,
};

type Props = { email: string; next: "account" | "team"; why: string };

/**
 * Asks for the password again before what hands out a way in (adding a passkey, changing the
 * team): it signs in afresh (the same sign-in, lockout and record) and comes back to the page it
 * is on. Works without JavaScript.
 */
export function ConfirmPasswordForm({ email, next, why }: Props) {
  return (
    <form method="post" action="/admin/actions/sign-in" className="mt-3 max-w-md space-y-5">
      <p className="text-ink-soft max-w-prose">{why}</p>
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="email" autoComplete="username" value={email} />
      <AccountField
        id="password"
        name="password"
        type="password"
        label="Your password"
        autoComplete="current-password"
        required
      />
      <SubmitButton>Confirm</SubmitButton>
    </form>
  );
}
