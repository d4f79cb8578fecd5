// npm run content:links — every address marketing can link to: each published page and each
// of its sections (the home page's too), as SITE_URL/path#id with the heading it lands on;
// the fixed pages without sections first.
import "./load-env";
import { getLinkablePages } from "@/lib/content";
import { getConfig } from "@/lib/config";
import { onClosedPipe } from "./closed-pipe";

onClosedPipe();

const site = getConfig().SITE_URL;
const { fixedRoutes, pages } = await getLinkablePages();

for (const route of fixedRoutes) console.log(`${site}${route}`);
console.log("");

for (const page of pages) {
  console.log(`${site}${page.route}\t${page.frontmatter.title}`);
  for (const section of page.compiled.sections) {
    console.log(
      `${site}${page.route}#${section.id}\t${section.depth === 3 ? "  " : ""}${section.title}`,
    );
  }
  for (const [old, current] of Object.entries(page.frontmatter.anchorAliases ?? {})) {
    console.log(`${site}${page.route}#${old}\t(old id, lands on #${current})`);
  }
  console.log("");
}
