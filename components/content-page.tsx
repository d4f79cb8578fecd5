import { Breadcrumb } from "@/components/breadcrumb";
import { ContentBody } from "@/components/content-body";
import { JsonLd } from "@/components/json-ld";
import { TableOfContents } from "@/components/table-of-contents";
import { getConfig } from "@/lib/config";
import { getSite, type ArticleFrontmatter, type Entry } from "@/lib/content";
import { breadcrumbJsonLd } from "@/lib/seo";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const showDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

type Props = { entry: Entry<ArticleFrontmatter>; parent: { name: string; path: string } };

/** The shared frame of an MDX page: breadcrumb, title, dates, table of contents and the body. */
export function ContentPage({ entry, parent }: Props) {
  const { title, description, published, updated } = entry.frontmatter;
  const site = getSite();
  const sections = entry.compiled.sections.map(({ id, title: sectionTitle, depth }) => ({
    id,
    title: sectionTitle,
    depth,
  }));
  return (
    <article className="max-w-page mx-auto px-4 py-10 sm:px-6 sm:py-14">
      <header className="max-w-prose">
        <JsonLd
          data={breadcrumbJsonLd(getConfig().SITE_URL, [
            { name: site.homeCrumb, path: "/" },
            parent,
            { name: title, path: entry.route },
          ])}
        />
        <Breadcrumb parent={parent} />
        <h1 className="text-4xl font-extrabold tracking-tight text-balance sm:text-5xl">{title}</h1>
        <p className="text-ink-soft mt-4 text-xl">{description}</p>
        <p className="text-ink-soft mt-4 text-sm">
          {site.dates.published} <time dateTime={published}>{showDate(published)}</time>
          {updated && (
            <>
              {" · "}
              {site.dates.updated} <time dateTime={updated}>{showDate(updated)}</time>
            </>
          )}
        </p>
      </header>
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <aside className="lg:order-2">
          <div className="bg-paper-warm rounded-lg p-5 lg:sticky lg:top-24">
            <TableOfContents items={sections} heading={site.onThisPage} />
          </div>
        </aside>
        <div className="max-w-prose min-w-0 lg:order-1">
          <ContentBody entry={entry} />
        </div>
      </div>
    </article>
  );
}
