// npm run build, after `next build`: records each static page's inline-script hashes for its
// Content-Security-Policy (see lib/http/csp). Without this record static pages run no script.
import path from "node:path";
import { recordScriptHashes } from "@/lib/http/csp";

let recorded;
try {
  recorded = recordScriptHashes(path.join(process.cwd(), ".next"));
} catch (error) {
  console.error(`Could not record the static pages' script hashes: ${String(error)}`);
  process.exit(1);
}
const { record, files } = recorded;
const pages = Object.keys(record.pages).length;
const scripts = Object.values(record.pages).reduce((sum, list) => sum + list.length, 0);
console.log(
  `Script hashes: ${scripts} inline scripts on ${pages} static pages → ${files.map((file) => path.relative(process.cwd(), file)).join(", ")}`,
);
