import { AnchorAliases } from "@/components/anchor-aliases";
import { mdxComponents } from "@/components/mdx-components";
import { renderContent, type Entry } from "@/lib/content";
import type { ArticleFrontmatter } from "@/lib/content";

/** The compiled MDX of a page, mapped to the site's components, with its section aliases. */
export async function ContentBody({ entry }: { entry: Entry<ArticleFrontmatter> }) {
  const Content = await renderContent(entry);
  const aliases = entry.frontmatter.anchorAliases ?? {};
  const aliasesOf = (id: string | undefined) =>
    Object.keys(aliases).filter((old) => aliases[old] === id);
  return (
    <>
      {Object.keys(aliases).length > 0 && <AnchorAliases aliases={aliases} />}
      <Content components={mdxComponents({ aliasesOf })} />
    </>
  );
}
