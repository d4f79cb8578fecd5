import Link from "next/link";
import type { NavItem } from "@/lib/content";

type Props = { items: NavItem[]; currentPath: string; className?: string; linkClassName?: string };

/** Marks the page being shown (`page`) and the section it belongs to (`true`) for assistive tech. */
export function currentState(href: string, currentPath: string): "page" | "true" | undefined {
  if (href === currentPath) return "page";
  if (href !== "/" && currentPath.startsWith(`${href}/`)) return "true";
  return undefined;
}

export function NavLinks({ items, currentPath, className, linkClassName }: Props) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={currentState(item.href, currentPath)}
            className={linkClassName}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
