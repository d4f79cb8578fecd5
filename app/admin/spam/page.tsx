import type { Metadata } from "next";
import { Pagination } from "@/components/staff/pagination";
import { SpamList } from "@/components/staff/spam-list";
import { getConfig } from "@/lib/config";
import { getLeadIntake, spamKeptDays, spamPage, spamPageSize } from "@/lib/leads/server";
import { requireStaff } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Spam" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SpamPage({ searchParams }: Props) {
  await requireStaff();
  const { page: pageParam } = await searchParams;
  const asked = Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10);
  const page = Math.min(100_000, Math.max(1, Number.isSafeInteger(asked) ? asked : 1));
  const { db } = await getLeadIntake();
  const { rows, total } = await spamPage(db, page);
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Spam</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Submissions the form judged to be spam. They are never mailed and are deleted after{" "}
        {spamKeptDays} days. If one is a real enquiry, move it to the leads: staff are then notified
        as for any new lead.
      </p>
      <SpamList submissions={rows} timeZone={getConfig().STAFF_TIME_ZONE} />
      <Pagination
        page={page}
        pages={Math.max(1, Math.ceil(total / spamPageSize))}
        total={total}
        href={(to) => `/admin/spam?page=${to}`}
      />
    </>
  );
}
