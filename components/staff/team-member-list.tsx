import type { TeamMember } from "@/lib/auth";
import { formatStaffTime } from "@/lib/leads/staff";

const buttonClass =
  "border-brand-700 text-brand-800 hover:bg-brand-50 rounded-md border-2 px-3 py-1.5 font-semibold";

type Props = { members: TeamMember[]; you: string; timeZone: string };

/** Every account, with what an owner can do to it; a list, so it fits a phone. */
export function TeamMemberList({ members, you, timeZone }: Props) {
  return (
    <ul className="mt-4 space-y-4">
      {members.map((member) => (
        <li key={member.email} className="border-ink-soft/40 rounded-lg border p-4">
          <h3 className="font-bold break-all">
            {member.email}
            {member.email === you && <span className="text-ink-soft font-normal"> (you)</span>}
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-ink-soft">Role</dt>
            <dd>{member.role === "owner" ? "Owner" : "Staff"}</dd>
            <dt className="text-ink-soft">Last signed in</dt>
            <dd>
              {member.last_sign_in_at ? formatStaffTime(member.last_sign_in_at, timeZone) : "Never"}
            </dd>
            <dt className="text-ink-soft">Passkeys</dt>
            <dd>{member.passkeys}</dd>
          </dl>
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <form method="post" action="/admin/actions/change-role">
              <input type="hidden" name="email" value={member.email} />
              <input
                type="hidden"
                name="role"
                value={member.role === "owner" ? "staff" : "owner"}
              />
              <button type="submit" className={buttonClass}>
                {member.role === "owner" ? "Make staff" : "Make owner"}
                <span className="sr-only"> ({member.email})</span>
              </button>
            </form>
            <form method="post" action="/admin/actions/reset-link">
              <input type="hidden" name="email" value={member.email} />
              <button type="submit" className={buttonClass}>
                Make a password reset link
                <span className="sr-only"> ({member.email})</span>
              </button>
            </form>
            <details>
              <summary className="text-accent cursor-pointer py-1.5 font-semibold">
                Remove…<span className="sr-only"> ({member.email})</span>
              </summary>
              <form method="post" action="/admin/actions/remove-member" className="mt-2">
                <input type="hidden" name="email" value={member.email} />
                <p className="max-w-prose">
                  {member.email} will be signed out everywhere at once, and their passkeys stop
                  working. Their notes and history on leads stay.
                </p>
                <button
                  type="submit"
                  className="bg-accent mt-2 rounded-md px-3 py-1.5 font-semibold text-white"
                >
                  Remove {member.email}
                </button>
              </form>
            </details>
          </div>
        </li>
      ))}
    </ul>
  );
}
