import { AccountField } from "./account-field";
import { StaffNotice } from "./staff-notice";
import { SubmitButton } from "./submit-button";

type Notice = { text: string; error: boolean } | undefined;

export function SignInForm({ notice }: { notice: Notice }) {
  return (
    <form method="post" action="/admin/actions/sign-in" className="mt-6 space-y-5">
      <StaffNotice notice={notice} />
      <AccountField
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="username webauthn"
        required
      />
      <AccountField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
