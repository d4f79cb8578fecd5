import { AccountField } from "./account-field";
import { SubmitButton } from "./submit-button";

/**
 * Asks for the password again before a passkey may be added: it signs in afresh (the same
 * sign-in, lockout and record) and comes back to the account page. Works without JavaScript.
 */
export function ConfirmPasswordForm({ email, minutes }: { email: string; minutes: number }) {
  return (
    <form method="post" action="/admin/actions/sign-in" className="mt-3 max-w-md space-y-5">
      <p className="text-ink-soft max-w-prose">
        To add a passkey, confirm your password. You can then add one for {minutes} minutes.
      </p>
      <input type="hidden" name="next" value="account" />
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
