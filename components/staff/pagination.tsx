import Link from "next/link";

type Props = { page: number; pages: number; total: number; href: (page: number) => string };

export function Pagination({ page, pages, total, href }: Props) {
  if (pages <= 1) return <p className="text-ink-soft mt-4 text-sm">{total} in all.</p>;
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link
          href={href(page - 1)}
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Newer
        </Link>
      )}
      <p>
        Page {page} of {pages} ({total} in all)
      </p>
      {page < pages && (
        <Link
          href={href(page + 1)}
          className="text-brand-800 font-semibold underline underline-offset-4"
        >
          Older
        </Link>
      )}
    </nav>
  );
}
