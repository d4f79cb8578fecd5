import Link from "next/link";
import type { Metadata } from "next";
import { TrackedLinkList } from "@/components/staff/tracked-link-list";
import { requireStaff } from "@/lib/auth/page-guard";
import { listTrackedLinks } from "@/lib/campaigns/server";
import { getConfig } from "@/lib/config";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Tracked links" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrackedLinksPage({ searchParams }: Props) {
  await requireStaff();
  const archived = (await searchParams).archived === "1";
  const { db } = await getLeadIntake();
  const links = await listTrackedLinks(db, { archived, now: new Date() });
  return (
    <>
      <p>
        <Link href="/admin/links" className="text-brand-800 underline underline-offset-4">
          Campaign links
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">
        {archived ? "Archived tracked links" : "Tracked links"}
      </h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Short addresses that count who follows them. A click is counted once per visitor per hour;
        bots, link previews and prefetches are not counted. Leads are the enquiries sent after
        following the link.
      </p>
      <p className="mt-3">
        <Link
          href={archived ? "/admin/links/tracked" : "/admin/links/tracked?archived=1"}
          className="text-brand-800 underline underline-offset-4"
        >
          {archived ? "Show the links in use" : "Show archived links"}
        </Link>
      </p>
      {links.length === 0 ? (
        <p className="mt-6">
          {archived
            ? "No link is archived."
            : "No tracked link yet. Build a campaign link, then choose “Make a tracked link”."}
        </p>
      ) : (
        <TrackedLinkList links={links} siteUrl={getConfig().SITE_URL} />
      )}
    </>
  );
}
