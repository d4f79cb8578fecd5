// The SHA-256 sources of a page's inline scripts, as a browser computes them: over the exact
// text between <script …> and </script>. Next writes static pages once at build time, so these
// hashes, taken from the build output, allow exactly the scripts Next wrote and nothing added
// later. Data blocks (JSON-LD) never run, so they need no hash.
import { createHash } from "node:crypto";

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
const scriptTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

function scriptHashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Each inline script's hash source, once each, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(scriptElement)) {
    if (attribute(attributes, "src")) continue;
    const type = attribute(attributes, "type");
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? "").trim().toLowerCase();
    if (!scriptTypes.has(typeValue)) continue;
    hashes.add(scriptHashSource(text));
  }
  return [...hashes];
}
