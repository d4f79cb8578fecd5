const fieldClass =
  "mt-1 block w-full rounded-md border border-ink-soft px-3 py-2 text-base text-ink";

type Notice = { text: string; error: boolean } | undefined;

export function SignInForm({ notice }: { notice: Notice }) {
  return (
    <form method="post" action="/admin/actions/sign-in" className="mt-6 space-y-5">
      {notice && (
        <p
          role={notice.error ? "alert" : "status"}
          className={
            notice.error
              ? "border-accent rounded-md border-2 p-3 font-medium"
              : "bg-brand-50 rounded-md p-3"
          }
        >
          {notice.text}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-semibold">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username webauthn"
          required
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={fieldClass}
        />
      </div>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-6 py-3 font-semibold text-white"
      >
        Sign in
      </button>
    </form>
  );
}
