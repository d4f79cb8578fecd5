// Finds a Chromium for the end-to-end tests, in this order: one Playwright already has,
// CHROMIUM_PATH, /usr/bin/chromium. Playwright's own download cannot reach its servers here.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const systemChromium = "/usr/bin/chromium";

/** Flags that let Chromium run as root in a container without reaching outside hosts. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export type FoundBrowser = { source: "playwright" | "CHROMIUM_PATH" | "system"; path: string };

/** The browser to launch, or undefined when there is none yet. */
export function findBrowser(): FoundBrowser | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { source: "playwright", path: bundled };
  } catch {
    // Playwright has no browser of its own: fall through to the system ones.
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { source: "CHROMIUM_PATH", path: fromEnv };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (existsSync(systemChromium)) return { source: "system", path: systemChromium };
  return undefined;
}
