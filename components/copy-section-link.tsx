"use client";

import { useState } from "react";

type Props = {
  id: string;
  /** The link's accessible name, e.g. "Copy link to section: Goals". */
  label: string;
  /** Announced once the address is on the clipboard. */
  copiedMessage: string;
};

/**
 * The link beside a section heading. Without JavaScript it is a plain link to the section,
 * so its address can be copied from the browser; with it, a click copies the full address.
 */
export function CopySectionLink({ id, label, copiedMessage }: Props) {
  const [copied, setCopied] = useState(false);

  async function copy(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard) return;
    event.preventDefault();
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      // Clipboard refused (permissions): behave as the plain link it is.
    }
    window.location.hash = id;
  }

  return (
    <span className="ml-2 inline-flex items-center gap-2 align-middle">
      <a
        href={`#${id}`}
        onClick={copy}
        aria-label={label}
        className="text-brand-700 rounded px-1 text-lg font-normal no-underline opacity-0 group-hover:opacity-100 hover:underline focus-visible:opacity-100 [@media(hover:none)]:opacity-60"
      >
        <span aria-hidden="true">#</span>
      </a>
      <span role="status" className="text-brand-800 text-sm font-medium">
        {copied ? copiedMessage : ""}
      </span>
    </span>
  );
}
