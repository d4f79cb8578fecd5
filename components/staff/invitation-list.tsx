import { formatStaffTime } from "@/lib/leads/staff";

type OpenInvitation = {
  email: string;
  role: string | null;
  created_by: string | null;
  expires_at: string;
};

/** Invitations sent and not yet accepted, each one withdrawable. */
export function InvitationList({
  invitations,
  timeZone,
}: {
  invitations: OpenInvitation[];
  timeZone: string;
}) {
  if (invitations.length === 0) return <p className="mt-2">No invitation is waiting.</p>;
  return (
    <ul className="mt-4 space-y-3">
      {invitations.map((invitation) => (
        <li
          key={invitation.email}
          className="border-ink-soft/40 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border p-4"
        >
          <p className="min-w-0 flex-1">
            <span className="font-bold break-all">{invitation.email}</span>, as{" "}
            {invitation.role === "owner" ? "an owner" : "staff"}; invited by{" "}
            <span className="break-all">{invitation.created_by ?? "an owner"}</span>; the link works
            until {formatStaffTime(invitation.expires_at, timeZone)}
          </p>
          <form method="post" action="/admin/actions/withdraw-invitation">
            <input type="hidden" name="email" value={invitation.email} />
            <button
              type="submit"
              className="border-brand-700 text-brand-800 hover:bg-brand-50 rounded-md border-2 px-3 py-1.5 font-semibold"
            >
              Withdraw<span className="sr-only"> the invitation for {invitation.email}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
