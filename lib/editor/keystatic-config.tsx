// The browser editor's view of content/: the site's words (site-singletons.ts) and the same two collections, fields and limits as the
// content schema (lib/content/schema.ts), so staff see a problem while typing rather than when
// the build runs `content:check`, which stays the gate for whatever Keystatic cannot express.
import { collection, config, fields, type ComponentSchema } from "@keystatic/core";
import { mark } from "@keystatic/core/content-components";
import { builtEditorStorage } from "./mode";
import { lowerCaseWithHyphens, requiredText } from "./fields";
import { siteSingletons } from "./site-singletons";

const callToActionIcon = (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
  >
    <rect x="3" y="7" width="18" height="10" rx="5" />
  </svg>
);

// The site's MDX components (components/mdx-components.tsx) that content may use by name.
// CallToAction wraps its label, so Keystatic can only offer it as a mark on selected text.
const components = {
  CallToAction: mark({
    label: "Call-to-action button",
    icon: callToActionIcon,
    tag: "span",
    style: { fontWeight: "600", textDecoration: "underline" },
    schema: {
      href: fields.text({
        label: "Link",
        description: "A page on this site, e.g. /contact",
        validation: {
          isRequired: true,
          pattern: {
            regex: /^\/(?!\/)\S*$/,
            message: "Link to a page on this site, starting with one /, e.g. /contact",
          },
        },
      }),
    },
  }),
};

// Field order is the order Keystatic writes the frontmatter in.
const pageFields = {
  title: fields.slug({
    name: {
      label: "Title",
      description: "Shown in the browser tab and search results. At most 90 characters.",
      validation: { isRequired: true, length: { min: 1, max: 90 } },
    },
    slug: {
      label: "Address",
      description:
        "The last part of the page's address. Changing it on a published page breaks links: add the old one under Old addresses.",
      validation: {
        pattern: {
          regex: lowerCaseWithHyphens,
          message: "Use lower-case letters, digits and single hyphens, e.g. nsca-cscs",
        },
      },
    },
  }),
  description: requiredText("Description", 160, "Shown in search results."),
  published: fields.date({
    label: "Published",
    description: "The date the page first went live.",
    validation: { isRequired: true },
  }),
  updated: fields.date({
    label: "Updated",
    description: "Set when the page changes meaningfully.",
  }),
  draft: fields.checkbox({
    label: "Draft",
    description: "A draft is left off the live site until this is unticked.",
  }),
  redirectFrom: fields.array(
    fields.text({
      label: "Old address",
      validation: {
        isRequired: true,
        pattern: {
          regex: lowerCaseWithHyphens,
          message: "An old address is the old last part, e.g. old-name",
        },
      },
    }),
    {
      label: "Old addresses",
      description: "Earlier addresses of this page; visitors to them are sent here.",
      itemLabel: (props) => props.value,
    },
  ),
  // Old section ids that still land on a section: edited in the file, kept as is by the editor.
  anchorAliases: fields.ignored(),
} satisfies Record<string, ComponentSchema>;

const body = fields.mdx({
  label: "Page text",
  description:
    "End every heading with its section id, like  Who it suits [#suited-to]. Never change a published one: marketing links to it.",
  // The site gives h2 and h3 section ids and has no pipeline for uploaded images.
  options: { heading: [2, 3], image: false },
  components,
});

const storage =
  builtEditorStorage() === "github"
    ? {
        kind: "github" as const,
        repo: process.env.ALTUS_EDITOR_REPO as `${string}/${string}`,
      }
    : { kind: "local" as const };

export default config({
  storage,
  ui: { brand: { name: "Altus" } },
  singletons: siteSingletons,
  collections: {
    articles: collection({
      label: "Articles",
      slugField: "title",
      path: "content/articles/*",
      format: { contentField: "body" },
      entryLayout: "content",
      schema: { ...pageFields, body },
    }),
    certifications: collection({
      label: "Certifications",
      slugField: "title",
      path: "content/certifications/*",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["title", "order"],
      schema: {
        ...pageFields,
        issuer: requiredText("Issuer", 120, "Who issues it, for the comparison table."),
        prerequisite: requiredText(
          "Prerequisite",
          160,
          "What it requires, for the comparison table.",
        ),
        focus: requiredText("Focus", 160, "What it covers, for the comparison table."),
        suitedTo: requiredText("Suited to", 160, "Who it suits, for the comparison table."),
        articleLink: fields.text({
          label: "Article section",
          description:
            "The article section that explains this credential, e.g. /articles/personal-trainer-vs-coach#cscs",
          validation: {
            isRequired: true,
            pattern: {
              regex: /^\/articles\/[a-z0-9-]+#[a-z0-9-]+$/,
              message: "Write it like /articles/personal-trainer-vs-coach#cscs",
            },
          },
        }),
        order: fields.integer({
          label: "Position",
          description: "Its place in the certifications list: 1 comes first.",
          validation: { isRequired: true },
        }),
        body,
      },
    }),
  },
});
