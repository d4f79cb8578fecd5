import { expect, test } from "@playwright/test";
import { buildBareApp, weighPage } from "../../../scripts/page-weight";

// Bytes are deterministic: the budget is tested on the build, next to a bare page built now
// with the same Next version (the baseline), not against a number that drifts with Next.
const routes = [
  "/",
  "/articles/personal-trainer-vs-coach",
  "/certifications",
  "/certifications/cscs",
  "/contact/thanks",
];
const jsAllowanceBytes = 10 * 1024;
const cssBudgetBytes = 15 * 1024;

test("client JavaScript and CSS stay within budget next to a bare Next page", async () => {
  test.setTimeout(180_000);
  const bare = weighPage(buildBareApp(), "/");
  const rows = routes.map((route) => ({ route, ...weighPage(process.cwd(), route) }));
  console.log(`bare Next page: ${bare.js} B JS gzip in ${bare.jsFiles} files`);
  console.table(rows.map((row) => ({ ...row, "JS over bare": row.js - bare.js })));

  const article = rows.find((row) => row.route === "/articles/personal-trainer-vs-coach");
  expect(
    article?.js,
    `article JS ${article?.js} B must be ≤ bare ${bare.js} B + ${jsAllowanceBytes} B`,
  ).toBeLessThanOrEqual(bare.js + jsAllowanceBytes);
  for (const row of rows) {
    expect(
      row.css,
      `${row.route}: all CSS ${row.css} B gzip must be ≤ ${cssBudgetBytes} B`,
    ).toBeLessThanOrEqual(cssBudgetBytes);
    expect(row.fontPreloaded, `${row.route} preloads its font`).toBe(true);
  }
});
