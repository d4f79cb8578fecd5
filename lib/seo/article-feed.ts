// The articles as an Atom 1.0 feed (RFC 4287), so readers learn of a new article by themselves.
// Built from the content loader's list; every date in it comes from frontmatter, never from the
// clock, so a rebuild with the same content serves the same bytes and readers see no change.
import { getSite } from "@/lib/content";
import { xmlDocument, xmlElement } from "./xml";

// The feed's title and author are the site's words (content/site.yaml), read per call.
export const articleFeed = {
  path: "/articles/feed.xml",
  contentType: "application/atom+xml; charset=utf-8",
};

type FeedArticle = {
  route: string;
  frontmatter: {
    title: string;
    description: string;
    published: string;
    updated?: string;
    draft?: boolean;
  };
};

/** A frontmatter day (YYYY-MM-DD) as the date-time Atom requires: its start, in UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

/** With no article yet the feed needs some fixed date; the epoch says "never" and stays put. */
const noArticlesYet = "1970-01-01";

/** The feed document; drafts are left out whatever the loader was asked for. */
export function articleFeedXml(siteUrl: string, articles: FeedArticle[]): string {
  const published = articles.filter((article) => !article.frontmatter.draft);
  const lastChange = (article: FeedArticle) =>
    article.frontmatter.updated ?? article.frontmatter.published;
  const newest = published.map(lastChange).sort().at(-1) ?? noArticlesYet;
  const self = `${siteUrl}${articleFeed.path}`;
  const site = getSite();
  const entries = published.map((article) => {
    const url = `${siteUrl}${article.route}`;
    return xmlElement(
      "entry",
      {},
      xmlElement("id", {}, url),
      xmlElement("title", { type: "text" }, article.frontmatter.title),
      xmlElement("link", { rel: "alternate", type: "text/html", href: url }),
      xmlElement("published", {}, atomDate(article.frontmatter.published)),
      xmlElement("updated", {}, atomDate(lastChange(article))),
      xmlElement("summary", { type: "text" }, article.frontmatter.description),
    );
  });
  return xmlDocument(
    xmlElement(
      "feed",
      { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "en" },
      xmlElement("id", {}, self),
      xmlElement("title", { type: "text" }, site.feedTitle),
      xmlElement("link", { rel: "self", type: "application/atom+xml", href: self }),
      xmlElement("link", { rel: "alternate", type: "text/html", href: `${siteUrl}/articles` }),
      xmlElement("updated", {}, atomDate(newest)),
      xmlElement(
        "author",
        {},
        xmlElement("name", {}, site.name),
        xmlElement("uri", {}, `${siteUrl}/`),
      ),
      ...entries,
    ),
  );
}
