"use client";

import { useRef, useState, useSyncExternalStore } from "react";

type Props = { url: string; name: string };

const noChanges = () => () => {};

/**
 * A button that copies `url`, shown once JavaScript runs in a browser with a clipboard. Without
 * them the address beside it is plain text to select, and a button that did nothing would
 * mislead. The status region is always rendered so screen readers hear "Copied" when it fills.
 */
export function SectionLinkCopy({ url, name }: Props) {
  const canCopy = useSyncExternalStore(
    noChanges,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [message, setMessage] = useState("");
  const clearing = useRef<number | undefined>(undefined);

  async function copy() {
    window.clearTimeout(clearing.current);
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Copied");
      clearing.current = window.setTimeout(() => setMessage(""), 2500);
    } catch {
      // Clipboard refused (permissions, insecure page): say so, the address is still there.
      setMessage("Could not copy: select the address and copy it");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      {canCopy && (
        <button
          type="button"
          onClick={copy}
          className="border-brand-700 text-brand-800 hover:bg-brand-50 min-h-10 rounded-md border-2 px-3 py-1 font-semibold"
        >
          Copy link<span className="sr-only">: {name}</span>
        </button>
      )}
      <span role="status" aria-live="polite" className="text-brand-800 text-sm font-medium">
        {message}
      </span>
    </span>
  );
}
