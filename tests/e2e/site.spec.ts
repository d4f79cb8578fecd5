import { expect, test } from "@playwright/test";
import { crawlSite, expectNoAxeViolations, tabTo } from "./helpers";

test("prospect sees the home page heading and the call to get coached", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "We don’t just train clients—we coach athletes.",
  );
  await expect(page.getByRole("link", { name: "Get coached" }).first()).toBeVisible();
});

test("every navigation link leads to a page that answers 200", async ({ page, request }) => {
  await page.goto("/");
  const hrefs = await page
    .getByRole("navigation", { name: "Main" })
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of new Set(hrefs)) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("keyboard-only user reaches the skip link and every main navigation link", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const nav = page.getByRole("navigation", { name: "Main" });

  if (testInfo.project.name === "phone") {
    await expect(nav.locator("a").first()).toBeHidden();
    await tabTo(page, nav.locator("summary"));
    await page.keyboard.press("Enter");
    await expect(nav.locator("details")).toHaveAttribute("open", "");
  }
  const links = nav.locator("a:visible");
  expect(await links.count()).toBeGreaterThan(0);
  await tabTo(page, links.first());
  for (let index = 1; index < (await links.count()); index += 1) {
    await page.keyboard.press("Tab");
    await expect(links.nth(index)).toBeFocused();
  }
});

test("the mobile menu opens without JavaScript", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  if (testInfo.project.name === "phone") await nav.getByText("Menu").click();
  await expect(nav.getByRole("link", { name: "Home" }).first()).toBeVisible();
  await context.close();
});

test("an unknown address shows the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
  await expectNoAxeViolations(page);
});

test("axe finds no accessibility violations on any page of the site", async ({ page, request }) => {
  // Every page of the site, each analysed in full: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  for (const path of await crawlSite(request)) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
});
