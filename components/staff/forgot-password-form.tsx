import { AccountField } from "./account-field";
import { SubmitButton } from "./submit-button";

/** Asks for the address a link to set a new password is sent to. */
export function ForgotPasswordForm() {
  return (
    <form method="post" action="/admin/actions/forgot-password" className="mt-6 space-y-5">
      <AccountField
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="username"
        required
      />
      <SubmitButton>Send me a link</SubmitButton>
    </form>
  );
}
