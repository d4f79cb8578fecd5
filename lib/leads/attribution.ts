// Where a prospect came from, for the form's hidden fields: UTM parameters of the link that
// opened the form, and the page before it. Query strings are dropped: they may hold personal data.

const utmParameters = {
  utm_source: "utmSource",
  utm_medium: "utmMedium",
  utm_campaign: "utmCampaign",
  utm_term: "utmTerm",
  utm_content: "utmContent",
} as const;

type Query = Record<string, string | string[] | undefined>;

export function attributionFields(
  query: Query,
  referer: string | null,
  siteUrl: string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [parameter, field] of Object.entries(utmParameters)) {
    const value = query[parameter];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) fields[field] = first.slice(0, 200);
  }
  if (referer && URL.canParse(referer)) {
    const from = new URL(referer);
    if (from.origin === new URL(siteUrl).origin) fields.landingPage = from.pathname;
    else fields.referrer = `${from.origin}${from.pathname}`.slice(0, 500);
  }
  return fields;
}
