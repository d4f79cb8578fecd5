import { expect, test, type Page } from "@playwright/test";

const article = "/articles/personal-trainer-vs-coach";

const contractIds = [
  "education",
  "personal-trainer-certifications",
  "coaching-certifications",
  "cscs",
  "nasm-pes",
  "scope",
  "goals",
  "relationship",
  "leadership",
  "comparison",
  "get-coached",
];

/** The heading is entirely on screen and not under the sticky header. */
async function expectFullyVisibleBelowHeader(page: Page, id: string) {
  const header = await page.locator("header").first().boundingBox();
  const heading = await page.locator(`[id="${id}"]`).boundingBox();
  const viewport = page.viewportSize();
  expect(header && heading && viewport).toBeTruthy();
  if (!header || !heading || !viewport) return;
  expect(heading.y, `#${id} starts below the header`).toBeGreaterThanOrEqual(
    header.y + header.height,
  );
  expect(heading.y + heading.height, `#${id} ends inside the window`).toBeLessThanOrEqual(
    viewport.height,
  );
}

test("the article has every section id marketing links to", async ({ page }) => {
  await page.goto(article);
  for (const id of contractIds)
    await expect(page.locator(`h2[id="${id}"], h3[id="${id}"]`)).toHaveCount(1);
});

test("each content page shows its title, sections and a table of contents", async ({ page }) => {
  const pages = [
    [article, "Personal trainer vs coach: what’s the difference?"],
    ["/certifications/personal-trainer", "Personal trainer certifications"],
    ["/certifications/cscs", "CSCS from the NSCA"],
    ["/certifications/nasm-pes", "NASM’s PES"],
  ] as const;
  for (const [path, title] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const toc = page.getByRole("navigation", { name: "On this page" });
    const ids = await page
      .locator("main h2[id], main h3[id]")
      .evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) await expect(toc.locator(`a[href="#${id}"]`)).toHaveCount(1);
  }
});

test("the certifications index compares every path in a table", async ({ page }) => {
  await page.goto("/certifications");
  const table = page.getByRole("table", { name: "Certification paths compared" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Certification",
    "Issuer",
    "Prerequisite",
    "Focus",
    "Suited to",
  ]);
  await expect(table.getByRole("rowheader")).toHaveText([
    "Personal trainer certifications",
    "CSCS from the NSCA",
    "NASM’s PES",
  ]);
  await expect(table.getByRole("row", { name: /^CSCS from the NSCA/ })).toContainText(
    "A four-year college degree in a related field",
  );
});

for (const id of ["cscs", "goals", "get-coached"]) {
  test(`a shared link to #${id} lands with the heading fully visible and marked`, async ({
    page,
  }) => {
    await page.goto(`${article}#${id}`);
    await expectFullyVisibleBelowHeader(page, id);
    await expect(page.locator(`[id="${id}"]`)).toHaveCSS("scroll-margin-top", "96px");
    const marked = await page.locator(`[id="${id}"]`).evaluate((heading) => {
      const style = getComputedStyle(heading.parentElement as Element);
      return { background: style.backgroundColor, bar: style.boxShadow };
    });
    expect(marked.background).not.toBe("rgba(0, 0, 0, 0)");
    // The accent bar at its left edge: a 4 px inset shadow in a visible colour.
    expect(marked.bar.split(/,\s*(?![^(]*\))/).at(-1)).toMatch(
      /^(?!rgba\(0, 0, 0, 0\))\S.* 4px 0px 0px 0px inset$/,
    );
  });
}

for (const id of ["meaning", "promises", "call"]) {
  test(`a shared link to the home page's #${id} lands below the header, marked, with its copy-link`, async ({
    page,
  }) => {
    await page.goto(`/#${id}`);
    await expectFullyVisibleBelowHeader(page, id);
    await expect(page.locator(`h2[id="${id}"]`)).toHaveCSS("scroll-margin-top", "96px");
    const background = await page
      .locator(`[id="${id}"]`)
      .evaluate((heading) => getComputedStyle(heading.parentElement as Element).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await expect(
      page
        .getByRole("link", { name: /^Copy link to section: / })
        .and(page.locator(`[href="#${id}"]`)),
    ).toHaveCount(1);
  });
}

test("following a table-of-contents link lands the section below the header and marks it current", async ({
  page,
}, testInfo) => {
  await page.goto(article);
  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Relationship: transactional or long-term" })
    .click();
  await expect(page).toHaveURL(/#relationship$/);
  await expectFullyVisibleBelowHeader(page, "relationship");
  if (testInfo.project.name === "desktop") {
    await expect(
      page.getByRole("navigation", { name: "On this page" }).locator('a[aria-current="location"]'),
    ).toHaveText("Relationship: transactional or long-term");
  }
});

test("copy-link puts the section's full address on the clipboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(article);
  const link = page.getByRole("link", { name: "Copy link to section: CSCS from the NSCA" });
  await link.focus();
  await expect(link).toHaveCSS("opacity", "1");
  await link.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${article}#cscs`,
  );
  await expect(page).toHaveURL(/#cscs$/);
});

test("an old id (alias) lands on the renamed section and the address shows the new id", async ({
  page,
}) => {
  await page.goto(`${article}#at-a-glance`);
  await expect(page).toHaveURL(/#comparison$/);
  await expectFullyVisibleBelowHeader(page, "comparison");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("section links and old ids still land on their headings", async ({ page }) => {
    await page.goto(`${article}#nasm-pes`);
    await expectFullyVisibleBelowHeader(page, "nasm-pes");
    await page.goto(`${article}#ready-to-be-coached`);
    await expectFullyVisibleBelowHeader(page, "get-coached");
    await page.goto(article);
    await page
      .getByRole("link", { name: "Copy link to section: Scope: workouts or your whole life" })
      .click();
    await expect(page).toHaveURL(/#scope$/);
    await expectFullyVisibleBelowHeader(page, "scope");
  });
});

test("a page slug that does not exist answers 404", async ({ request }) => {
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
  expect((await request.get("/certifications/no-such-credential")).status()).toBe(404);
});
