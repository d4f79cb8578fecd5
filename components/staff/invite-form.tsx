const fieldClass = "mt-1 block w-full rounded-md border border-ink-soft px-3 py-2 text-base";

/** An owner invites someone: their address and the role they will have. */
export function InviteForm({ mailIsOn }: { mailIsOn: boolean }) {
  return (
    <form method="post" action="/admin/actions/invite" className="mt-4 max-w-md space-y-4">
      <div>
        <label htmlFor="invite-email" className="block font-semibold">
          Email address
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          className={fieldClass}
        />
      </div>
      <fieldset>
        <legend className="font-semibold">Role</legend>
        <div className="mt-1 space-y-1">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="staff" defaultChecked /> Staff: works the leads
            and campaign links
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="owner" /> Owner: also manages the team
          </label>
        </div>
      </fieldset>
      <p className="text-ink-soft">
        {mailIsOn
          ? "They get an email with a link that works once, for 72 hours."
          : "Mail is not set up on this site: you will see the link once, to pass on yourself. It works once, for 72 hours."}
      </p>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-5 py-2.5 font-semibold text-white"
      >
        {mailIsOn ? "Send the invitation" : "Make the invitation link"}
      </button>
    </form>
  );
}
