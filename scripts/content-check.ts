// npm run content:check — validates every MDX file in content/ and prints each problem as
// file:line message. Exits 1 on any problem, so `npm run build` never ships broken content.
// Section ids count as published once committed (lib/content/published-history.ts);
// `npm run content:check -- --record` also writes the current ids into published-sections.json,
// for deployments built from a copy without git history.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import {
  checkContent,
  defaultContentDir,
  formatProblem,
  getContentPages,
  publishedSectionsFile,
  readPublishedSections,
} from "@/lib/content";

const contentDir =
  process.argv.find((argument) => argument.startsWith("--dir="))?.slice(6) ?? defaultContentDir();
const record = process.argv.includes("--record");
const report = await checkContent({ contentDir });

for (const problem of report.problems) console.error(formatProblem(problem));
if (report.problems.length > 0) {
  const files = new Set(report.problems.map((problem) => problem.file)).size;
  console.error(
    `\ncontent:check: ${report.problems.length} problem(s) in ${files} file(s). Nothing was built.`,
  );
  process.exit(1);
}

if (record) {
  const published = await readPublishedSections(contentDir);
  for (const page of await getContentPages({ contentDir, includeDrafts: false })) {
    published[page.route] = [
      ...new Set([
        ...(published[page.route] ?? []),
        ...page.compiled.sections.map((section) => section.id),
      ]),
    ];
  }
  await writeFile(
    path.join(contentDir, publishedSectionsFile),
    `${JSON.stringify(published, null, 2)}\n`,
  );
  console.log(`content:check: recorded published section ids in ${publishedSectionsFile}`);
}

if (report.history === false)
  console.warn(
    `content:check: there is no git history here, so commits cannot show which section ids were published; only ${publishedSectionsFile} counts.`,
  );
console.log(
  `content:check: ${report.pages} pages, ${report.sections} sections, ${report.links} internal links — all good.`,
);
