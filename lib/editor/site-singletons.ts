// The editor's entries for the site's own words: the site settings, the home page and the
// intros of the fixed pages. Each is a singleton saved as YAML where the content loader reads it
// (lib/content/settings.ts); fields, order and limits follow lib/content/settings-schema.ts, so
// staff meet a limit while typing and content:check stays the gate for links and section ids.
import { fields, singleton, type ComponentSchema } from "@keystatic/core";
import { internalHref, limits } from "@/lib/content/settings-schema";
import { lowerCaseWithHyphens, requiredText } from "./fields";
import { contactFormWords } from "./form-singleton";

const address = (description: string) =>
  fields.text({
    label: "Address",
    description: `${description} A page of this site, e.g. /contact or /articles/personal-trainer-vs-coach#goals. content:check refuses a page or section that does not exist.`,
    validation: {
      isRequired: true,
      pattern: { regex: internalHref, message: "Start with one /, e.g. /contact" },
    },
  });

const link = (label: string, description: string) =>
  fields.object(
    {
      label: requiredText("Words", limits.label, "What the link says."),
      href: address("Where it goes."),
    },
    { label, description },
  );

const paragraphs = (label: string, description: string) =>
  fields.array(requiredText("Paragraph", limits.paragraph, "One paragraph."), {
    label,
    description,
    itemLabel: (props) => props.value,
    validation: { length: limits.intro },
  });

const sectionId = fields.text({
  label: "Section id",
  description:
    "The end of this section's address (/#id). Marketing links to it: never change a published one; content:check refuses it unless the old id is kept as an alias.",
  validation: {
    isRequired: true,
    pattern: {
      regex: lowerCaseWithHyphens,
      message: "Use lower-case letters, digits and single hyphens, e.g. get-coached",
    },
  },
});

const heading = (description: string) => requiredText("Heading", limits.heading, description);

const pageIntro = {
  title: requiredText(
    "Title",
    limits.title,
    "The page's heading, and its name in the browser tab.",
  ),
  description: requiredText("Description", limits.description, "Shown in search results."),
  intro: paragraphs("Intro", "Paragraphs under the heading; none is fine."),
} satisfies Record<string, ComponentSchema>;

const siteSettings = singleton({
  label: "Site settings",
  path: "content/site",
  format: { data: "yaml" },
  schema: {
    name: requiredText(
      "Site name",
      limits.name,
      "Top left of every page, and in every browser tab.",
    ),
    tagline: requiredText(
      "Tagline",
      limits.tagline,
      "Beside the name in the footer and browser tab.",
    ),
    menuLabel: requiredText(
      "Menu button",
      limits.label,
      "The button that opens the menu on phones.",
    ),
    navigation: fields.array(link("Menu item", "One link in the header menu and the footer."), {
      label: "Navigation",
      description: `The header menu and the footer links, in this order. ${limits.navigation.min} to ${limits.navigation.max} items.`,
      itemLabel: (props) => `${props.fields.label.value} → ${props.fields.href.value}`,
      validation: { length: limits.navigation },
    }),
    skipLink: requiredText(
      "Skip link",
      limits.label,
      "The first link on every page, shown when a keyboard user presses Tab: it jumps past the menu.",
    ),
    landmarks: fields.object(
      {
        main: requiredText("Header menu", limits.label, "Read out as “Main navigation”."),
        footer: requiredText("Footer links", limits.label, "Read out as “Footer navigation”."),
        breadcrumb: requiredText(
          "Way back",
          limits.label,
          "The link above an article's title back to its list.",
        ),
      },
      {
        label: "Names screen readers announce",
        description:
          "Not shown on screen: blind visitors hear them when they move between parts of a page.",
      },
    ),
    homeCrumb: requiredText(
      "Home in the trail",
      limits.label,
      "The home page's name in the trail search engines show above a result.",
    ),
    onThisPage: requiredText(
      "Contents heading",
      limits.label,
      "Above the list of an article's sections.",
    ),
    dates: fields.object(
      {
        published: requiredText("Published", limits.label, "Before the date an article came out."),
        updated: requiredText("Updated", limits.label, "Before the date it last changed."),
      },
      { label: "Words before an article's dates" },
    ),
    sectionLink: fields.object(
      {
        label: requiredText(
          "Link's name",
          limits.heading,
          "Read out for the # beside each section heading. Keep {title} where the heading goes.",
        ),
        copied: requiredText(
          "Copied",
          limits.label,
          "Shown for a moment after the link is copied.",
        ),
      },
      { label: "The # link beside section headings" },
    ),
    shareImage: fields.object(
      {
        alt: requiredText(
          "Description of the shared picture",
          limits.description,
          "For pages without their own picture.",
        ),
        homeKicker: requiredText("Home picture's small line", limits.label, "Above the headline."),
        homeAlt: requiredText(
          "Description of the home picture",
          limits.description,
          "What the picture says, for people who can't see it.",
        ),
        articleKicker: requiredText(
          "Article picture's small line",
          limits.label,
          "Above the article's title.",
        ),
        articleAlt: requiredText(
          "Description of an article picture",
          limits.description,
          "The same for every article.",
        ),
        certificationKicker: requiredText(
          "Certification picture's small line",
          limits.label,
          "Above the certification's name.",
        ),
        certificationAlt: requiredText(
          "Description of a certification picture",
          limits.description,
          "The same for every certification.",
        ),
      },
      {
        label: "Pictures when a page is shared",
        description: "The cards that social networks and chat apps show for a link to this site.",
      },
    ),
    feedTitle: requiredText(
      "Article feed's name",
      limits.title,
      "What feed readers call the list of new articles.",
    ),
  },
});

const homePage = singleton({
  label: "Home page",
  path: "content/home",
  format: { data: "yaml" },
  schema: {
    title: requiredText(
      "Headline",
      limits.title,
      "The big heading at the top, also the browser tab.",
    ),
    description: requiredText("Description", limits.description, "Shown in search results."),
    intro: paragraphs("Intro", "Paragraphs under the headline."),
    callToAction: link("Main button", "The button under the intro and at the end of the page."),
    articleLink: link("Article button", "The second button under the intro."),
    meaning: fields.object(
      {
        id: sectionId,
        heading: heading("The section's heading."),
        cards: fields.array(
          fields.object({
            title: requiredText("Card title", limits.heading, "The card's heading."),
            text: requiredText("Card text", limits.paragraph, "The card's sentence or two."),
          }),
          {
            label: "Cards",
            description: `${limits.cards.min} to ${limits.cards.max} cards.`,
            itemLabel: (props) => props.fields.title.value,
            validation: { length: limits.cards },
          },
        ),
      },
      { label: "Section: what being coached means" },
    ),
    promises: fields.object(
      {
        id: sectionId,
        heading: heading("The section's heading."),
        text: requiredText(
          "Text",
          limits.paragraph,
          "Under the heading. Write a link as [words](/address).",
        ),
        pairs: fields.array(
          fields.object({
            trainer: requiredText("Trainer", limits.heading, "What a personal trainer does."),
            coach: requiredText("Coach", limits.heading, "What a coach does instead."),
          }),
          {
            label: "Promises",
            description: `${limits.pairs.min} to ${limits.pairs.max} pairs.`,
            itemLabel: (props) => props.fields.coach.value,
            validation: { length: limits.pairs },
          },
        ),
      },
      { label: "Section: personal trainer or coach" },
    ),
    call: fields.object(
      {
        id: sectionId,
        heading: heading("The section's heading."),
        text: requiredText("Text", limits.paragraph, "Above the main button."),
      },
      { label: "Section: the closing call" },
    ),
    // Old section ids that still land on a section: edited in the file, kept as is by the editor.
    anchorAliases: fields.ignored(),
  },
});

const pageSingleton = (label: string, file: string, extra: Record<string, ComponentSchema> = {}) =>
  singleton({
    label,
    path: `content/pages/${file}`,
    format: { data: "yaml" },
    schema: { ...pageIntro, ...extra },
  });

const column = (label: string) =>
  requiredText(label, limits.label, "A column heading of the table.");

export const siteSingletons = {
  site: siteSettings,
  home: homePage,
  articlesPage: pageSingleton("Page: Articles", "articles"),
  certificationsPage: pageSingleton("Page: Certifications", "certifications", {
    tableCaption: requiredText("Table caption", limits.heading, "The comparison table's caption."),
    columns: fields.object(
      {
        certification: column("Certification"),
        issuer: column("Issuer"),
        prerequisite: column("Prerequisite"),
        focus: column("Focus"),
        suitedTo: column("Suited to"),
      },
      { label: "Table columns" },
    ),
  }),
  contactPage: pageSingleton("Page: Contact", "contact"),
  thanksPage: pageSingleton("Page: Thank you", "thanks", {
    heading: requiredText("Heading", limits.title, "The big heading at the top."),
    nextHeading: heading("The heading above what happens next."),
    nextText: requiredText(
      "What happens next",
      limits.paragraph,
      "Keep {within} where the reply time goes; it becomes “, within 2 working days” when that is configured, and nothing otherwise.",
    ),
    backLabel: requiredText("Button", limits.label, "The button back to the home page."),
  }),
  notFoundPage: singleton({
    label: "Page: Not found",
    path: "content/pages/not-found",
    format: { data: "yaml" },
    schema: {
      title: requiredText("Title", limits.title, "The page's name in the browser tab."),
      heading: requiredText("Heading", limits.title, "The big heading."),
      text: requiredText("Text", limits.paragraph, "Under the heading."),
      backLabel: requiredText("Button", limits.label, "The button back to the home page."),
    },
  }),
  contactForm: contactFormWords,
};
