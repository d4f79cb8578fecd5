// The campaign-link builder's rules: which addresses marketing may link to, the form's checks,
// and the link itself. No database or React here, so the page and the tests share one copy.
import { z } from "zod";

export const utmFields = [
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
] as const;
export type UtmField = (typeof utmFields)[number];
export type CampaignFormField = "target" | UtmField;

export type Utm = {
  source: string;
  medium: string;
  campaign: string;
  term?: string;
  content?: string;
};

/**
 * `target` with the UTM parameters in its query, ahead of any #fragment: a browser never sends
 * what follows the #, so parameters put there would never reach the site. The target's other
 * parameters stay; its own utm_* ones give way, as one link carries one campaign.
 */
export function campaignLink(target: string, utm: Utm): string {
  const url = new URL(target);
  const values: [UtmField, string | undefined][] = [
    ["utm_source", utm.source],
    ["utm_medium", utm.medium],
    ["utm_campaign", utm.campaign],
    ["utm_term", utm.term],
    ["utm_content", utm.content],
  ];
  for (const [name, value] of values) {
    const trimmed = value?.trim();
    if (trimmed) url.searchParams.set(name, trimmed);
    else url.searchParams.delete(name);
  }
  // URLSearchParams writes a space as "+", which some reports show literally; "%20" is read as
  // a space everywhere. A "+" typed by the marketer is already "%2B", so no "+" is lost.
  url.search = url.searchParams.toString().replaceAll("+", "%20");
  return url.toString();
}

const controlCharacter = /\p{Cc}/u;

function utmValue(name: string) {
  return z
    .string()
    .trim()
    .max(100, `Keep the ${name} to 100 characters or fewer.`)
    .refine(
      (value) => !controlCharacter.test(value),
      `The ${name} contains a hidden character such as a tab or line break: type it again.`,
    );
}

// Missing and empty are the same to a person filling the form: `prefault` runs "" through the
// checks, so a hand-edited address without a field gets the "Enter…" message too.
const required = (name: string, example: string) =>
  utmValue(name)
    .min(1, { error: `Enter the ${name}, for example “${example}”.`, abort: true })
    .prefault("");
const optional = (name: string) =>
  utmValue(name)
    .optional()
    .transform((value) => value || undefined);

/** The form's query, checked. `targets`: the addresses offered, the only ones accepted. */
export const campaignLinkInput = (targets: readonly string[]) =>
  z.object({
    target: z
      .string()
      .min(1, { error: "Choose the page or section the link should open.", abort: true })
      .refine(
        (value) => targets.includes(value),
        "That address is not one of the site’s pages or sections: choose one from the list.",
      )
      .prefault(""),
    utm_source: required("source", "newsletter"),
    utm_medium: required("medium", "email"),
    utm_campaign: required("campaign name", "spring-offer"),
    utm_term: optional("term"),
    utm_content: optional("content"),
  });

export type CampaignFormValues = Partial<Record<CampaignFormField, string>>;
export type CampaignFormState =
  | { kind: "blank"; values: CampaignFormValues }
  | { kind: "invalid"; values: CampaignFormValues; errors: CampaignFormValues }
  | { kind: "built"; values: CampaignFormValues; link: string };

const formFields: readonly CampaignFormField[] = ["target", ...utmFields];

/**
 * The builder's state from the page's query: blank until the form is sent (a `target` alone
 * only preselects a section), then the link or one message per field that needs fixing.
 */
export function readCampaignForm(
  params: URLSearchParams,
  targets: readonly string[],
): CampaignFormState {
  const values: CampaignFormValues = {};
  for (const name of formFields) {
    const value = params.get(name);
    if (value !== null) values[name] = value;
  }
  if (!utmFields.some((name) => params.has(name))) return { kind: "blank", values };

  const parsed = campaignLinkInput(targets).safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const errors: CampaignFormValues = {};
    for (const name of formFields) {
      const message = fieldErrors[name]?.[0];
      if (message) errors[name] = message;
    }
    return { kind: "invalid", values, errors };
  }
  const { target, utm_source, utm_medium, utm_campaign, utm_term, utm_content } = parsed.data;
  const utm = {
    source: utm_source,
    medium: utm_medium,
    campaign: utm_campaign,
    term: utm_term,
    content: utm_content,
  };
  return { kind: "built", values, link: campaignLink(target, utm) };
}

/** `title` as listed under its page; `name` stands alone (for a button's label, say). */
export type LinkTarget = {
  url: string;
  title: string;
  name: string;
  level: "page" | "section" | "subsection";
};
export type LinkGroup = { title: string; targets: LinkTarget[] };

type ContentPage = {
  route: string;
  frontmatter: { title: string };
  compiled: { sections: readonly { id: string; title: string; depth: number }[] };
};

// The fixed pages have no title in content; their path is their name ("/" is the home page).
const fixedPageTitle = (route: string) =>
  route === "/" ? "Home" : route.slice(1).replace(/^./, (first) => first.toUpperCase());

/** Every address to link to, as `npm run content:links` lists them: fixed pages, then content. */
export function linkTargets(
  site: string,
  fixedRoutes: readonly string[],
  pages: readonly ContentPage[],
): LinkGroup[] {
  const fixed: LinkGroup = {
    title: "Main pages",
    targets: fixedRoutes.map((route) => ({
      url: `${site}${route}`,
      title: fixedPageTitle(route),
      name: fixedPageTitle(route),
      level: "page",
    })),
  };
  const content = pages.map((page): LinkGroup => ({
    title: page.frontmatter.title,
    targets: [
      {
        url: `${site}${page.route}`,
        title: "Top of the page",
        name: page.frontmatter.title,
        level: "page",
      },
      ...page.compiled.sections.map((section): LinkTarget => ({
        url: `${site}${page.route}#${section.id}`,
        title: section.title,
        name: `${page.frontmatter.title}: ${section.title}`,
        level: section.depth === 3 ? "subsection" : "section",
      })),
    ],
  }));
  return [fixed, ...content];
}

export const targetUrls = (groups: readonly LinkGroup[]) =>
  groups.flatMap((group) => group.targets.map((target) => target.url));
