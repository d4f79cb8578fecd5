// Where a tracked link sends its visitor, and the short address printed for it. No database
// here: the /go/ page, the staff pages and the tests share one copy.
// Only the row's type comes from the database module (erased at build), so client bundles
// stay free of server-only code.
import type { TrackedLinkRow } from "@/lib/db";
import { campaignLink } from "./campaign-link";
import { trackedLinkParameter } from "./tracked-link-parameter";

export { trackedLinkParameter };

type Destination = Pick<
  TrackedLinkRow,
  "code" | "target" | "utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content"
>;

/**
 * The address of `link`'s page or section with its UTM values and its own code, so the visit
 * is credited to the link (the landing recorder keeps it until the form is sent). Relative to
 * the site, so the redirect stays on whatever host the short address was opened on.
 */
export function trackedDestination(link: Destination): string {
  // Any origin will do to build it: only the path, query and #section are kept.
  const siteUrl = "https://site.invalid";
  const withUtm = new URL(
    campaignLink(`${siteUrl}${link.target}`, {
      source: link.utm_source,
      medium: link.utm_medium,
      campaign: link.utm_campaign,
      term: link.utm_term ?? undefined,
      content: link.utm_content ?? undefined,
    }),
  );
  withUtm.searchParams.set(trackedLinkParameter, link.code);
  withUtm.search = withUtm.searchParams.toString().replaceAll("+", "%20");
  // One leading slash, always: "//host" in a Location header would leave the site.
  const path = withUtm.pathname.replace(/^\/+/, "/");
  return `${path}${withUtm.search}${withUtm.hash}`;
}

/** The short address to print or share (its QR code adds qr=1: see qr-code.ts). */
export function shortAddress(siteUrl: string, code: string): string {
  return `${siteUrl}/go/${code}`;
}

/** The site-relative path of one of the builder's targets (an absolute address on this site). */
export function targetPath(siteUrl: string, target: string): string {
  const url = new URL(target);
  const site = new URL(siteUrl);
  if (url.origin !== site.origin) throw new Error("tracked links: target is not on this site");
  return `${url.pathname}${url.hash}`;
}

/** Leads per click as a percentage, or a dash before the first click. */
export function leadsPerClick(leads: number, clicks: number): string {
  if (clicks === 0) return "–";
  return `${((leads / clicks) * 100).toLocaleString("en", { maximumFractionDigits: 1 })}%`;
}
