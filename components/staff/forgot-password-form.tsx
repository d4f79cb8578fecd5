const fieldClass =
  "mt-1 block w-full rounded-md border border-ink-soft px-3 py-2 text-base text-ink";

/** Asks for the address a link to set a new password is sent to. */
export function ForgotPasswordForm() {
  return (
    <form method="post" action="/admin/actions/forgot-password" className="mt-6 space-y-5">
      <div>
        <label htmlFor="email" className="block font-semibold">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className={fieldClass}
        />
      </div>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-6 py-3 font-semibold text-white"
      >
        Send me a link
      </button>
    </form>
  );
}
