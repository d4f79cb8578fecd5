import { SectionLink } from "@/components/section-link";

type Props = {
  level: 2 | 3;
  id?: string;
  aliases: readonly string[];
  /** Replaces the prose heading's size and spacing, for headings outside an article's text. */
  className?: string;
  children: React.ReactNode;
};

const styles = {
  2: "mt-12 text-2xl font-bold tracking-tight sm:text-3xl",
  3: "mt-8 text-xl font-bold tracking-tight sm:text-2xl",
};

function plainText(node: React.ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(plainText).join("");
  return "";
}

/**
 * A section heading with its stable id, a copy-link beside it, and empty anchors for old ids
 * (aliases) so links to a renamed section still land here, with or without JavaScript.
 */
export function SectionHeading({ level, id, aliases, className, children }: Props) {
  const Tag = level === 2 ? "h2" : "h3";
  const title = plainText(children).trim();
  return (
    <div
      className={`${className ?? styles[level]} group has-[:target]:bg-accent-soft has-[:target]:shadow-accent -mx-3 flex flex-wrap items-baseline rounded-md px-3 py-1 has-[:target]:shadow-[inset_0.25rem_0_0_0]`}
    >
      {aliases.map((alias) => (
        <span key={alias} id={alias} className="scroll-mt-anchor block w-0" aria-hidden="true" />
      ))}
      <Tag id={id} className="scroll-mt-anchor text-ink">
        {children}
      </Tag>
      {id && <SectionLink id={id} title={title} />}
    </div>
  );
}
