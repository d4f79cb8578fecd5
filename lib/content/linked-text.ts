// Running text in the settings files may hold links written as [words](/address), the one piece
// of Markdown they allow; the content check verifies each address like a link in MDX.
export type TextPart = { text: string; href?: string };

const markdownLink = /\[([^\]]+)\]\(([^)\s]+)\)/g;

export function linkedText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(markdownLink)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[1] ?? "", href: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
