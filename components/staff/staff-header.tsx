import Link from "next/link";

const staffLinks = [
  { href: "/admin", label: "Leads" },
  { href: "/admin/spam", label: "Spam" },
  { href: "/admin/links", label: "Campaign links" },
  { href: "/admin/campaigns", label: "Campaign report" },
  { href: "/admin/account", label: "Your account" },
];
const ownerLinks = [...staffLinks, { href: "/admin/team", label: "Team" }];

/**
 * Staff navigation, shown once signed in, with sign-out as a POST (it changes state). Only
 * owners see the team; its pages answer 404 to everyone else anyway.
 */
export function StaffHeader({ staff, owner }: { staff: string | undefined; owner: boolean }) {
  const links = owner ? ownerLinks : staffLinks;
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <p className="text-lg font-extrabold">Altus staff</p>
        {staff && (
          <>
            <nav aria-label="Staff">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="rounded underline-offset-4 hover:underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <form
              method="post"
              action="/admin/actions/sign-out"
              className="ml-auto flex items-center gap-3"
            >
              <span className="text-brand-100 text-sm break-all">{staff}</span>
              <button
                type="submit"
                className="hover:bg-brand-800 rounded border border-white px-3 py-1 text-sm font-semibold"
              >
                Sign out
              </button>
            </form>
          </>
        )}
      </div>
    </header>
  );
}
