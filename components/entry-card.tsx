import Link from "next/link";
import { SectionLink } from "@/components/section-link";

type Props = { id: string; href: string; title: string; description: string };

/** A page in an index list: its title links to it; the card itself can be linked to by id. */
export function EntryCard({ id, href, title, description }: Props) {
  return (
    <li className="border-brand-100 bg-paper-warm rounded-lg border p-6">
      <div className="group flex flex-wrap items-baseline">
        <h2 id={id} className="scroll-mt-anchor text-xl font-bold">
          <Link href={href} className="text-brand-800 underline-offset-4 hover:underline">
            {title}
          </Link>
        </h2>
        <SectionLink id={id} title={title} />
      </div>
      <p className="text-ink-soft mt-2">{description}</p>
    </li>
  );
}
