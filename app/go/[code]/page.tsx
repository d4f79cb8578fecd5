import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect, RedirectType } from "next/navigation";
import { normaliseCode, notCountedBecause, trackedDestination } from "@/lib/campaigns";
import { findTrackedLink, forgetClickVisitorsNow, recordClick } from "@/lib/campaigns/server";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { clientAddress, clientNetwork } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * A tracked short link: counts the click (see lib/campaigns/click-rules.ts for what is not one)
 * and redirects (307, never cached) to its page or section with its UTM values. A page rather
 * than a route handler so that an unknown code gets the site's own 404 page.
 */
export default async function TrackedLink({ params, searchParams }: Props) {
  const code = normaliseCode((await params).code);
  if (!code) notFound();
  const config = getConfig();
  const db = await getDb();
  const link = await findTrackedLink(db, code);
  if (!link) notFound();
  const request = await headers();
  if (!notCountedBecause(request)) {
    const now = new Date();
    const visitor = {
      address: clientNetwork(clientAddress(request, config.TRUST_PROXY)),
      userAgent: request.get("user-agent") ?? "",
    };
    const qr = (await searchParams).qr === "1";
    // A click that cannot be recorded must not strand the visitor: they still get the page.
    await recordClick(db, { code, visitor, qr, now })
      .then(() => forgetClickVisitorsNow(db, now))
      .catch((error: unknown) =>
        console.error(`links: a click on ${code} was not recorded (${String(error)})`),
      );
  }
  redirect(trackedDestination(link), RedirectType.replace);
}
