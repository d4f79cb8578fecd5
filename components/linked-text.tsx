import Link from "next/link";
import { linkedText } from "@/lib/content";

/** Text from a settings file, its [words](/address) links made into links. */
export function LinkedText({ text }: { text: string }) {
  return linkedText(text).map((part, index) =>
    part.href ? (
      <Link
        key={index}
        href={part.href}
        className="text-brand-800 font-semibold underline underline-offset-4"
      >
        {part.text}
      </Link>
    ) : (
      part.text
    ),
  );
}
