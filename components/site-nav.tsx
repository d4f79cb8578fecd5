"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { NavLinks } from "@/components/nav-links";
import type { NavItem } from "@/lib/content";

const linkClass =
  "block rounded px-3 py-2 font-medium text-ink-soft hover:bg-brand-50 hover:text-brand-800 aria-[current]:text-brand-800 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8";

/**
 * Inline links on wide screens; a <details> menu on narrow ones, which opens with the
 * keyboard and works without JavaScript. With JavaScript, it closes after navigating.
 */
type Props = {
  items: NavItem[];
  menuLabel: string;
  /** The landmark's name, announced by screen readers. */
  label: string;
};

export function SiteNav({ items, menuLabel, label }: Props) {
  const currentPath = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [currentPath]);

  return (
    <nav aria-label={label}>
      <NavLinks
        items={items}
        currentPath={currentPath}
        className="hidden gap-1 md:flex"
        linkClassName={linkClass}
      />
      <details ref={menu} className="group md:hidden">
        <summary className="border-brand-700 text-brand-800 flex cursor-pointer list-none items-center gap-2 rounded border px-3 py-2 font-semibold [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="text-lg leading-none group-open:hidden">
            ☰
          </span>
          <span aria-hidden="true" className="hidden text-lg leading-none group-open:inline">
            ✕
          </span>
          {menuLabel}
        </summary>
        <NavLinks
          items={items}
          currentPath={currentPath}
          className="border-brand-100 bg-paper absolute inset-x-0 top-full border-b px-4 py-3 shadow-lg"
          linkClassName={linkClass}
        />
      </details>
    </nav>
  );
}
