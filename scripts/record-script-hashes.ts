// npm run build, after `next build`: records each static page's inline-script hashes for its
// Content-Security-Policy (see lib/http/csp). Without this record static pages run no script.
import path from "node:path";
import { recordScriptHashes } from "@/lib/http/csp/record-script-hashes";

const { record, files } = recordScriptHashes(path.join(process.cwd(), ".next"));
const pages = Object.keys(record.pages).length;
const scripts = Object.values(record.pages).reduce((sum, list) => sum + list.length, 0);
console.log(
  `Script hashes: ${scripts} inline scripts on ${pages} static pages → ${files.map((file) => path.relative(process.cwd(), file)).join(", ")}`,
);
