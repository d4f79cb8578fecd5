// Where a prospect came from, for the form's hidden fields: the UTM parameters, the outside
// page that sent them (origin and path only: query strings may hold personal data), and the
// page on this site where they started.
//
// With JavaScript, the first page of a visit is remembered in sessionStorage (this tab only,
// gone when it closes), so a prospect who lands on the article from an ad and reads on before
// opening the form is still credited to that ad. Without it, /contact's own address and
// Referer header are all there is: its UTM parameters, and the page that linked to the form.

const utmParameters = {
  utm_source: "utmSource",
  utm_medium: "utmMedium",
  utm_campaign: "utmCampaign",
  utm_term: "utmTerm",
  utm_content: "utmContent",
} as const;

export type Attribution = Partial<
  Record<(typeof utmParameters)[keyof typeof utmParameters] | "referrer" | "landingPage", string>
>;

type Query = Record<string, string | string[] | undefined>;

function utmFields(query: Query): Attribution {
  const fields: Attribution = {};
  for (const [parameter, field] of Object.entries(utmParameters)) {
    const value = query[parameter];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) fields[field] = first.slice(0, 200);
  }
  return fields;
}

/**
 * The outside page a visitor came from, or undefined when it was this site (or unknown).
 * `ownHosts`: the host names this site answers on (SITE_URL's, and the one the request used).
 */
function outsideReferrer(referer: string | null, ownHosts: string[]): string | undefined {
  if (!referer || !URL.canParse(referer)) return undefined;
  const from = new URL(referer);
  return ownHosts.includes(from.host) ? undefined : `${from.origin}${from.pathname}`.slice(0, 500);
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
  const fields = utmFields(query);
  const referrer = outsideReferrer(referer, ownHosts);
  if (referrer) fields.referrer = referrer;
  else if (referer && URL.canParse(referer)) fields.landingPage = new URL(referer).pathname;
  return fields;
}

/** The attribution of a page opened at `href` from `referrer` (as in document.referrer). */
export function landingOf(href: string, referrer: string): Attribution {
  const url = new URL(href);
  const fields = utmFields(Object.fromEntries(url.searchParams));
  const outside = outsideReferrer(referrer, [url.host]);
  if (outside) fields.referrer = outside;
  fields.landingPage = url.pathname;
  return fields;
}

const storageKey = "altus:landing";

const isAttribution = (value: unknown): value is Attribution =>
  typeof value === "object" &&
  value !== null &&
  Object.values(value).every((field) => typeof field === "string");

/**
 * The first page of this visit: read from the tab's storage, or recorded now when this is
 * the first page. Undefined when the browser refuses storage.
 */
export function rememberLanding(
  storage: Pick<Storage, "getItem" | "setItem">,
  href: string,
  referrer: string,
): Attribution | undefined {
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? "null");
    if (isAttribution(saved)) return saved;
    const landing = landingOf(href, referrer);
    storage.setItem(storageKey, JSON.stringify(landing));
    return landing;
  } catch {
    return undefined;
  }
}

/** In the browser: the first page of this visit (see rememberLanding). */
export function browserLanding(): Attribution | undefined {
  try {
    return rememberLanding(window.sessionStorage, window.location.href, document.referrer);
  } catch {
    return undefined;
  }
}
