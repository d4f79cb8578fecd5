// Steps every staff-area test takes in the browser: signing in, and checking a page is
// accessible and fits the screen.
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";

export const staffPassword = "correct horse battery staple";
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

export async function signIn(page: Page, email: string, secret = staffPassword) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** axe finds nothing, and the page never scrolls sideways. */
export async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}
