// The content collections: where their files live, which frontmatter they need, where they show.
import type { z } from "zod";
import {
  articleFrontmatter,
  certificationFrontmatter,
  type ArticleFrontmatter,
  type CertificationFrontmatter,
} from "./schema";

export type BaseFrontmatter = ArticleFrontmatter;

export type Collection<F extends BaseFrontmatter> = {
  name: string;
  folder: string;
  routePrefix: string;
  schema: z.ZodType<F>;
};

export const articles: Collection<ArticleFrontmatter> = {
  name: "articles",
  folder: "articles",
  routePrefix: "/articles",
  schema: articleFrontmatter,
};

export const certifications: Collection<CertificationFrontmatter> = {
  name: "certifications",
  folder: "certifications",
  routePrefix: "/certifications",
  schema: certificationFrontmatter,
};

export const allCollections = [articles, certifications] as const;

/** Pages that are not MDX but are public: in the sitemap, in content:links, linkable from content. */
export const listedAppRoutes = ["/", "/articles", "/certifications", "/contact"];

/** Routes that are not MDX pages but may be linked to from content. */
export const appRoutes = [...listedAppRoutes, "/contact/thanks"];
