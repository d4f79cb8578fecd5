const fieldClass =
  "mt-1 block w-full rounded-md border border-ink-soft px-3 py-2 text-base text-ink";

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
      <div>
        <label htmlFor="password" className="block font-semibold">
          New password
        </label>
        <p id="password-hint" className="text-ink-soft text-sm">
          At least 12 characters, and not a common one. Three or four unrelated words work well.
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-describedby="password-hint"
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="repeat" className="block font-semibold">
          Repeat the new password
        </label>
        <input
          id="repeat"
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          className={fieldClass}
        />
      </div>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-6 py-3 font-semibold text-white"
      >
        {button}
      </button>
    </form>
  );
}
