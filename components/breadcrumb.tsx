import Link from "next/link";
import { getSite } from "@/lib/content";

/** The way back up from a nested page: one link to its parent listing. */
export function Breadcrumb({ parent }: { parent: { name: string; path: string } }) {
  return (
    <nav aria-label={getSite().landmarks.breadcrumb} className="mb-3 text-sm">
      <Link href={parent.path} className="text-brand-700 font-medium underline underline-offset-4">
        {parent.name}
      </Link>
    </nav>
  );
}
