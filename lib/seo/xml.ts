// A small XML writer for what the site serves as XML (the article feed). Text and attribute
// values are always escaped here, so a title with `&` or `<` can neither break the document nor
// add markup to it; only markup this module built is put in as it is.

/** Anything outside XML 1.0's `Char` production, which no escape can carry (e.g. U+0000). */
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text safe in element content and in quoted attribute values; forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(notXmlCharacter, "")
    .replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Markup made by `xmlElement`: the one kind of child that is not escaped. */
export type XmlMarkup = { readonly markup: string };

/**
 * An element with escaped attribute values; string children are escaped as text. An element
 * whose children are all elements puts each on its own line, so the document reads in a browser.
 */
export function xmlElement(
  name: string,
  attributes: Record<string, string | undefined>,
  ...children: (string | XmlMarkup)[]
): XmlMarkup {
  const attributeText = Object.entries(attributes)
    .flatMap(([key, value]) => (value === undefined ? [] : [` ${key}="${escapeXml(value)}"`]))
    .join("");
  if (children.length === 0) return { markup: `<${name}${attributeText}/>` };
  const parts = children.map((child) =>
    typeof child === "string" ? escapeXml(child) : child.markup,
  );
  const nested = children.every((child) => typeof child !== "string");
  const inner = nested ? `\n${parts.join("\n")}\n` : parts.join("");
  return { markup: `<${name}${attributeText}>${inner}</${name}>` };
}

/** A whole document in UTF-8, the encoding its Content-Type must then name. */
export function xmlDocument(root: XmlMarkup): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.markup}\n`;
}
