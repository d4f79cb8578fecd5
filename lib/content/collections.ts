// The content collections: where their files live, which frontmatter they need, where they show.
import {
  articleFrontmatter,
  certificationFrontmatter,
  type ArticleFrontmatter,
  type CertificationFrontmatter,
} from "./schema";
import type { FrontmatterSchemas } from "./frontmatter";

export type BaseFrontmatter = ArticleFrontmatter;

export type Collection<F extends BaseFrontmatter> = FrontmatterSchemas<F> & {
  name: string;
  folder: string;
  routePrefix: string;
};

export const articles: Collection<ArticleFrontmatter> = {
  name: "articles",
  folder: "articles",
  routePrefix: "/articles",
  schema: articleFrontmatter,
  partialSchema: articleFrontmatter.partial(),
};

export const certifications: Collection<CertificationFrontmatter> = {
  name: "certifications",
  folder: "certifications",
  routePrefix: "/certifications",
  schema: certificationFrontmatter,
  partialSchema: certificationFrontmatter.partial(),
};

export const allCollections = [articles, certifications] as const;

/** Pages that are not MDX but are public: in the sitemap, in content:links, linkable from content. */
export const listedAppRoutes = ["/", "/articles", "/certifications", "/contact"];

/** Routes that are not MDX pages but may be linked to from content. */
export const appRoutes = [...listedAppRoutes, "/contact/thanks"];
