import Link from "next/link";
import type { Metadata } from "next";
import { CampaignLinkForm } from "@/components/staff/campaign-link-form";
import { SectionLinkList } from "@/components/staff/section-link-list";
import { getConfig } from "@/lib/config";
import { getLinkablePages } from "@/lib/content";
import { getLeadIntake, usedCampaignValues } from "@/lib/leads/server";
import { toSearchParams } from "@/lib/leads/staff";
import { requireStaff } from "@/lib/auth/page-guard";
import { linkTargets, readCampaignForm, targetUrls, utmFields } from "@/lib/campaigns";

export const metadata: Metadata = { title: "Campaign links" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CampaignLinksPage({ searchParams }: Props) {
  await requireStaff();
  const { fixedRoutes, pages } = await getLinkablePages();
  const groups = linkTargets(getConfig().SITE_URL, fixedRoutes, pages);
  const state = readCampaignForm(toSearchParams(await searchParams), targetUrls(groups));
  const { db } = await getLeadIntake();
  const used = await Promise.all(
    utmFields.map(async (field) => [field, await usedCampaignValues(db, field)] as const),
  );
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Campaign links</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Links that tell the leads inbox which campaign a prospect came from. Choose where the link
        lands, name the source, medium and campaign, and press “Make the link”. Values earlier leads
        arrived with are suggested as you type, so one campaign keeps one name.
      </p>
      <p className="mt-3">
        <Link
          href="/admin/links/tracked"
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Tracked short links and their clicks
        </Link>
      </p>
      <CampaignLinkForm groups={groups} state={state} suggestions={new Map(used)} />
      <SectionLinkList groups={groups} />
    </>
  );
}
