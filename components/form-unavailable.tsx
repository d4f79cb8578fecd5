import type { ContactFormWords } from "@/lib/content";

// Shown in place of the form while the lead database cannot be reached: a form sent now could
// not be stored, so we say so instead of letting a prospect type for nothing.
export function FormUnavailable({ words }: { words: ContactFormWords["closed"] }) {
  return (
    <div className="border-accent bg-accent-soft mt-8 rounded-lg border-2 p-6">
      <h2 className="text-xl font-bold">{words.heading}</h2>
      <p className="text-ink-soft mt-2">{words.text}</p>
    </div>
  );
}
