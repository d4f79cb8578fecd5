import { EntryCard } from "@/components/entry-card";

type Listed = { slug: string; route: string; frontmatter: { title: string; description: string } };

/** The cards of an index page (articles, certifications), each linkable by its slug. */
export function EntryList({ entries, className }: { entries: Listed[]; className: string }) {
  return (
    <ul className={`mt-10 grid gap-6 ${className}`}>
      {entries.map(({ slug, route, frontmatter }) => (
        <EntryCard
          key={slug}
          id={slug}
          href={route}
          title={frontmatter.title}
          description={frontmatter.description}
        />
      ))}
    </ul>
  );
}
