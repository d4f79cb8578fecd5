import Link from "next/link";
import type { Metadata } from "next";
import { AuditList } from "@/components/staff/audit-list";
import { auditPageSize, listAudit } from "@/lib/auth";
import { requireOwner } from "@/lib/auth/page-guard";
import { getConfig } from "@/lib/config";
import { getLeadIntake } from "@/lib/leads/server";

export const metadata: Metadata = { title: "Account record" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountRecordPage({ searchParams }: Props) {
  await requireOwner();
  const { before } = await searchParams;
  const from = typeof before === "string" && /^\d{1,9}$/.test(before) ? Number(before) : undefined;
  const { db } = await getLeadIntake();
  const entries = await listAudit(db, from);
  const last = entries.at(-1);
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Account record</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Sign-ins, lockouts, invitations, role changes, removals, password resets and passkeys,
        newest first. It never holds a password or anything about a lead.{" "}
        <Link
          href="/admin/team"
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Back to the team
        </Link>
      </p>
      <AuditList entries={entries} timeZone={getConfig().STAFF_TIME_ZONE} />
      {last && entries.length === auditPageSize && (
        <p className="mt-6">
          <Link
            href={`/admin/team/record?before=${last.id}`}
            className="text-brand-800 font-semibold underline underline-offset-4"
          >
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
