import { AccountField } from "./account-field";
import { SubmitButton } from "./submit-button";

type Props = {
  action: string;
  token: string;
  email: string;
  button: string;
  problem: string | undefined;
};

/** A password chosen through a one-time link, typed twice; the link's token rides along hidden. */
export function NewPasswordForm({ action, token, email, button, problem }: Props) {
  return (
    <form method="post" action={action} className="mt-6 space-y-5">
      {problem && (
        <p role="alert" className="border-accent rounded-md border-2 p-3 font-medium">
          {problem}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <p>
        Account: <strong className="break-all">{email}</strong>
      </p>
      <AccountField
        id="password"
        name="password"
        type="password"
        label="New password"
        hint="At least 12 characters, and not a common one. Three or four unrelated words work well."
        autoComplete="new-password"
        required
        minLength={12}
      />
      <AccountField
        id="repeat"
        name="repeat"
        type="password"
        label="Repeat the new password"
        autoComplete="new-password"
        required
      />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
