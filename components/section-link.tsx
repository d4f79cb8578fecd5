import { CopySectionLink } from "@/components/copy-section-link";
import { getSite } from "@/lib/content";

/** The # link beside a section's heading, named in the site's words (content/site.yaml). */
export function SectionLink({ id, title }: { id: string; title: string }) {
  const words = getSite().sectionLink;
  return (
    <CopySectionLink
      id={id}
      label={words.label.replace("{title}", title)}
      copiedMessage={words.copied}
    />
  );
}
