import { formatStaffTime } from "@/lib/leads/staff";

export type PasskeyListItem = {
  credential_id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
};

/**
 * The member's passkeys, each with a remove button that is a plain form: removing works without
 * JavaScript, only adding needs it.
 */
export function PasskeyList({
  passkeys,
  timeZone,
}: {
  passkeys: PasskeyListItem[];
  timeZone: string;
}) {
  if (passkeys.length === 0) {
    return <p className="mt-3">You have no passkeys yet. You sign in with your password.</p>;
  }
  return (
    <ul className="mt-3 divide-y rounded-md border">
      {passkeys.map((passkey) => (
        <li key={passkey.credential_id} className="flex flex-wrap items-center gap-x-6 gap-y-2 p-4">
          <div className="min-w-0 flex-1">
            <p className="font-semibold break-words">{passkey.name}</p>
            <p className="text-ink-soft text-sm">
              Added {formatStaffTime(passkey.created_at, timeZone)}.{" "}
              {passkey.last_used_at
                ? `Last used ${formatStaffTime(passkey.last_used_at, timeZone)}.`
                : "Not used yet."}
            </p>
          </div>
          <form method="post" action="/admin/actions/passkey-remove">
            <input type="hidden" name="credential" value={passkey.credential_id} />
            <button
              type="submit"
              className="border-ink-soft hover:bg-brand-50 rounded-md border px-4 py-2 font-semibold"
            >
              Remove<span className="sr-only"> the passkey {passkey.name}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
