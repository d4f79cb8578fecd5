import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo } from "./helpers";
import { storedLead } from "./leads-db";

const uniqueEmail = () => `prospect-${randomUUID().slice(0, 8)}@example.com`;

async function fillValidForm(page: Page, email: string) {
  await page.getByLabel("Your name").fill("Riley Morgan");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Strength").check();
  await page.getByLabel("Performance").check();
  await page.getByLabel("How do you train now? (optional)").fill("Running three times a week");
  await page.getByLabel("Injuries or limitations we should know about (optional)").fill("None");
  await page.getByLabel("I agree to Altus contacting me about coaching.").check();
}

test("prospect with JavaScript sees inline errors, fixes them and reaches the thank-you page", async ({
  page,
}) => {
  const email = uniqueEmail();
  await page.goto("/contact");
  const name = page.getByLabel("Your name");
  await name.focus();
  await page.getByLabel("Email address").focus();
  await expect(page.getByText("Please tell us your name.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Please tell us your name.");

  await page.getByRole("button", { name: "Send" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "things need fixing" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Please tell us your name.",
    "Please enter your email address.",
    "Please choose at least one goal.",
    "Please agree to be contacted so we can reply to you.",
  ]);
  await expectNoAxeViolations(page);

  await fillValidForm(page, email);
  await expect(page.getByText("Please tell us your name.")).toHaveCount(0);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/contact\/thanks$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Thank you—your message reached us",
  );
  expect(storedLead(email)).toMatchObject({
    name: "Riley Morgan",
    goals: '["strength","performance"]',
    contact_method: "email",
  });
});

test("prospect without JavaScript gets a 422 page that keeps what they typed, then sends", async ({
  browser,
  page: checker,
}, testInfo) => {
  const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail();
  await page.goto("/contact?utm_source=newsletter&utm_campaign=autumn");
  await page.getByLabel("Your name").fill("Casey North");
  await page.getByLabel("Email address").fill("casey@");
  await page.getByLabel("General health").check();
  await page
    .getByLabel("Anything else you’d like to tell us? (optional)")
    .fill("Looking for a coach.");

  const [invalid] = await Promise.all([
    page.waitForResponse("**/api/contact"),
    page.getByRole("button", { name: "Send" }).click(),
  ]);
  expect(invalid.status()).toBe(422);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Please check your message");
  await expect(page.getByRole("alert")).toContainText(
    "Please enter an email address like name@example.com.",
  );
  await expect(page.getByLabel("Your name")).toHaveValue("Casey North");
  await expect(page.getByLabel("General health")).toBeChecked();
  await expect(page.getByLabel("Anything else you’d like to tell us? (optional)")).toHaveValue(
    "Looking for a coach.",
  );
  expect(page.url()).not.toContain("Casey");
  // axe runs as a script, so the same page is checked in a tab with JavaScript on.
  await checker.setContent(await invalid.text());
  await expectNoAxeViolations(checker);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("I agree to Altus contacting me about coaching.").check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/contact\/thanks$/);
  expect(storedLead(email)).toMatchObject({
    name: "Casey North",
    utm_source: "newsletter",
    utm_campaign: "autumn",
  });
  await context.close();
});

test("keyboard-only prospect fills and sends the form", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/contact");
  await tabTo(page, page.getByLabel("Your name"));
  await page.keyboard.type("Jamie Kay");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Weight loss"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("I agree to Altus contacting me about coaching."));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Send" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/contact\/thanks$/);
  expect(storedLead(email)).toMatchObject({ name: "Jamie Kay", goals: '["weight-loss"]' });
});

test("a lead is credited to the ad and page where the visit began, not the last click", async ({
  page,
}) => {
  const email = uniqueEmail();
  await page.goto("/articles/personal-trainer-vs-coach?utm_source=ad&utm_campaign=coaching", {
    referer: "https://search.example/results?q=personal+trainer",
  });
  await page.getByRole("main").getByRole("link", { name: "More on the CSCS" }).click();
  await expect(page).toHaveURL(/\/certifications\/cscs$/);
  await page
    .getByRole("navigation", { name: "Footer" })
    .getByRole("link", { name: "Contact" })
    .click();
  await expect(page).toHaveURL(/\/contact$/);
  await fillValidForm(page, email);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/contact\/thanks$/);
  expect(storedLead(email)).toMatchObject({
    utm_source: "ad",
    utm_campaign: "coaching",
    referrer: "https://search.example/results",
    landing_page: "/articles/personal-trainer-vs-coach",
  });
});

test("the contact and thank-you pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/contact", "/contact/thanks"]) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
});
