// Where a prospect came from, for the form's hidden fields: the UTM parameters, the outside
// page that sent them (origin and path only: query strings may hold personal data), and the
// page on this site where they started.
//
// With JavaScript, where the visit began is kept in sessionStorage (this tab only; a new
// campaign link or outside referrer starts a new visit; at most 12 hours), so a prospect who
// lands on the article from an ad and reads on before opening the form is still credited to
// that ad. Without it, /contact's own address and Referer header are all there is: its UTM
// parameters, and the page that linked to the form.

import { couldBeTrackedLink, trackedLinkParameter } from "@/lib/campaigns/tracked-link-parameter";

/** Query parameters that name a campaign: the UTMs, and the code a tracked link (/go/) adds. */
const campaignParameters = {
  utm_source: "utmSource",
  utm_medium: "utmMedium",
  utm_campaign: "utmCampaign",
  utm_term: "utmTerm",
  utm_content: "utmContent",
  [trackedLinkParameter]: "trackedLink",
} as const;

const attributionKeys = [...Object.values(campaignParameters), "referrer", "landingPage"] as const;
type AttributionKey = (typeof attributionKeys)[number];
export type Attribution = Partial<Record<AttributionKey, string>>;

/** Cut to what the lead schema accepts: 500 characters for addresses, 200 for UTM values. */
const clip = (key: AttributionKey, value: string) =>
  value.slice(0, key === "referrer" || key === "landingPage" ? 500 : 200);

type Query = Record<string, string | string[] | undefined>;

function utmFields(query: Query): Attribution {
  const fields: Attribution = {};
  for (const [parameter, field] of Object.entries(campaignParameters)) {
    const value = query[parameter];
    const first = Array.isArray(value) ? value[0] : value;
    if (field === "trackedLink" && first && !couldBeTrackedLink(first)) continue;
    if (first) fields[field] = clip(field, first);
  }
  return fields;
}

/**
 * What a Referer says: an outside page (origin and path) as `referrer`, or a page of this site
 * as `landingPage`; nothing when absent or unreadable. `ownHosts`: the host names this site
 * answers on.
 */
function fromReferer(referer: string | null, ownHosts: string[]): Attribution {
  if (!referer || !URL.canParse(referer)) return {};
  const from = new URL(referer);
  return ownHosts.includes(from.host)
    ? { landingPage: clip("landingPage", from.pathname) }
    : { referrer: clip("referrer", `${from.origin}${from.pathname}`) };
}

/**
 * Server side, from the request for /contact: its UTMs and the page that linked to it.
 * `requestHost` is the Host the request came to, so a page of this site reached under another
 * name (www, a preview address) is not taken for an outside referrer.
 */
export function attributionFields(
  query: Query,
  referer: string | null,
  siteUrl: string,
  requestHost?: string | null,
): Attribution {
  const ownHosts = [new URL(siteUrl).host, ...(requestHost ? [requestHost] : [])];
  return { ...utmFields(query), ...fromReferer(referer, ownHosts) };
}

/**
 * The attribution of a page loaded at `href` from `referrer` (as in document.referrer). A page
 * of this site as referrer means a new tab opened from it: that page is where they were.
 */
export function landingOf(href: string, referrer: string): Attribution {
  const url = new URL(href);
  return {
    ...utmFields(Object.fromEntries(url.searchParams)),
    // With its #section: a campaign link or tracked link lands on one, and the report says which.
    landingPage: clip("landingPage", `${url.pathname}${url.hash}`),
    ...fromReferer(referrer, [url.host]),
  };
}

/** A page that starts a new visit: it carries a campaign (UTMs) or comes from another site. */
const startsVisit = (fields: Attribution) =>
  attributionKeys.some((key) => key !== "landingPage" && fields[key]);

const storageKey = "altus:landing";
/** A landing older than this belongs to another visit (a tab restored the next day). */
export const landingMaxAgeMs = 12 * 60 * 60 * 1000;

type Stored = { at: number; fields: Attribution };
type TabStorage = Pick<Storage, "getItem" | "setItem">;

/** What is stored, keeping only the fields we know; undefined when missing, stale or garbled. */
function readStored(storage: TabStorage, now: number): Stored | undefined {
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? "null");
    if (typeof saved !== "object" || saved === null) return undefined;
    const { at, fields } = saved as { at?: unknown; fields?: unknown };
    if (typeof at !== "number" || now - at > landingMaxAgeMs) return undefined;
    if (typeof fields !== "object" || fields === null) return undefined;
    const known: Attribution = {};
    for (const key of attributionKeys) {
      const value = (fields as Record<string, unknown>)[key];
      if (typeof value === "string") known[key] = clip(key, value);
    }
    return { at, fields: known };
  } catch {
    return undefined;
  }
}

/**
 * Called once per page load: keeps the landing of this visit, or starts a new one when this
 * page came with a campaign or from another site, or when nothing (fresh) is stored.
 */
export function recordLanding(
  storage: TabStorage,
  href: string,
  referrer: string,
  now = Date.now(),
): void {
  const here = landingOf(href, referrer);
  if (readStored(storage, now) && !startsVisit(here)) return;
  try {
    storage.setItem(storageKey, JSON.stringify({ at: now, fields: here } satisfies Stored));
  } catch {
    // Storage refused (private mode, quota): the form falls back to what /contact knows.
  }
}

/**
 * The landing of this visit as all seven fields (empty where unknown), so it replaces what
 * /contact's own request said as one set; undefined when none is stored.
 */
export function readLanding(
  storage: TabStorage,
  now = Date.now(),
): Record<AttributionKey, string | undefined> | undefined {
  const stored = readStored(storage, now);
  if (!stored) return undefined;
  return Object.fromEntries(attributionKeys.map((key) => [key, stored.fields[key]])) as Record<
    AttributionKey,
    string | undefined
  >;
}

/** The tab's storage, or undefined when the browser refuses it. */
function tabStorage(): TabStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** In the browser, on each page load: see recordLanding. */
export function recordBrowserLanding(): void {
  const storage = tabStorage();
  if (storage) recordLanding(storage, window.location.href, document.referrer);
}

/** In the browser, when the form is sent: see readLanding. */
export function browserLanding() {
  const storage = tabStorage();
  return storage ? readLanding(storage) : undefined;
}
