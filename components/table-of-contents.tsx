"use client";

import { useEffect, useState } from "react";

type Item = { id: string; title: string; depth: 2 | 3 };

/**
 * Links to the page's sections. With JavaScript, the section being read is marked
 * (aria-current) as the reader scrolls; without it, the links work the same.
 */
export function TableOfContents({ items, heading }: { items: readonly Item[]; heading: string }) {
  const [current, setCurrent] = useState<string>();

  useEffect(() => {
    const headings = items
      .map((item) => document.getElementById(item.id))
      .filter((heading) => heading !== null);
    const observer = new IntersectionObserver(
      () => {
        // The current section is the last heading that has scrolled above the reading line.
        const line = window.innerHeight * 0.3;
        const passed = headings.filter((heading) => heading.getBoundingClientRect().top <= line);
        setCurrent((passed.at(-1) ?? headings[0])?.id);
      },
      { rootMargin: "0px 0px -70% 0px", threshold: [0, 1] },
    );
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [items]);

  return (
    <nav aria-label={heading} className="text-base">
      <p className="text-ink font-bold">{heading}</p>
      <ol className="border-brand-100 mt-3 space-y-1 border-l-2">
        {items.map((item) => (
          <li key={item.id} className={item.depth === 3 ? "pl-4" : ""}>
            <a
              href={`#${item.id}`}
              aria-current={current === item.id ? "location" : undefined}
              className="text-ink-soft hover:text-brand-800 aria-[current=location]:border-brand-700 aria-[current=location]:text-brand-800 -ml-0.5 block border-l-2 border-transparent py-1 pl-3 aria-[current=location]:font-semibold"
            >
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
