import { defineConfig } from "@playwright/test";
import { chromiumArgs, findBrowser } from "./scripts/browser";
import { e2eLeadsDb } from "./tests/e2e/leads-db";

const port = Number(process.env.E2E_PORT ?? 3100);
const browser = findBrowser();

export default defineConfig({
  testDir: "tests/e2e",
  // A throwaway PostgreSQL for the run, in process.env.E2E_POSTGRES_URL of every worker.
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser?.source === "playwright" ? undefined : browser?.path,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: "phone",
      testIgnore: "server/**",
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
    { name: "desktop", testIgnore: "server/**", use: { viewport: { width: 1280, height: 800 } } },
    // Starts and kills servers of its own; needs no browser, so it runs once. Starting one
    // `next start` can take most of the default 30 s on a loaded two-CPU CI machine while the
    // other worker builds (a durability test that starts two once timed out so), hence 90 s.
    { name: "server", testMatch: "server/**/*.spec.ts", timeout: 90_000 },
  ],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Its own lead database; the time trap and rate limit are exercised by the unit tests.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      LEADS_DB: e2eLeadsDb,
      LEADS_MIN_FILL_MS: "0",
      LEADS_RATE_LIMIT: "0",
    },
  },
});
