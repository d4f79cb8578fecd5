"use client";

import { useEffect } from "react";

/**
 * Old section ids kept after a rename: a link to #old-id is moved to #new-id, so the address
 * bar, the highlight and any copied link show the current id. Without JavaScript, the empty
 * anchor rendered before the heading still makes the browser land on the right section.
 */
export function AnchorAliases({ aliases }: { aliases: Readonly<Record<string, string>> }) {
  useEffect(() => {
    const follow = () => {
      const target = aliases[decodeURIComponent(window.location.hash.slice(1))];
      if (target) window.location.replace(`#${target}`);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [aliases]);
  return null;
}
