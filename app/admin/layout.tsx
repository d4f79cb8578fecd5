import type { Metadata } from "next";
import "@/app/globals.css";
import { StaffHeader } from "@/components/staff/staff-header";
import { currentStaffAccess } from "@/lib/auth/page-guard";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s | Altus staff" },
  robots: { index: false, follow: false },
};

// The staff area's frame: its own header and one <main>, none of the public site's chrome.
export default async function StaffLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const access = await currentStaffAccess().catch(() => undefined);
  return (
    <>
      <a
        href="#main"
        className="bg-brand-800 sr-only z-50 rounded px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <StaffHeader
        staff={access?.kind === "staff" ? access.email : undefined}
        owner={access?.kind === "staff" && access.role === "owner"}
      />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6"
      >
        {children}
      </main>
    </>
  );
}
