// Reading Content-Security-Policy answers in tests, computed here independently of
// lib/http/csp: what a browser would enforce and run.
import { createHash } from "node:crypto";
import { expect, type APIResponse } from "@playwright/test";

/** The answer's one policy (fails on none or several: browsers enforce every one they get). */
export function onePolicy(response: APIResponse): string {
  const policies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies, `one policy on ${response.url()}`).toHaveLength(1);
  return policies[0]?.value ?? "";
}

/** The sources of the answer's script-src, in order. */
export const scriptSources = (response: APIResponse) =>
  (/(?:^|;)\s*script-src ([^;]*)/.exec(onePolicy(response))?.[1] ?? "").trim().split(/\s+/);

/** The inline scripts a browser would run from this HTML (JSON-LD data blocks never run). */
export const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = ""]) => !/\ssrc=/.test(attributes) && !/ld\+json/.test(attributes))
    .map(([, attributes = "", text = ""]) => ({ attributes, text }));

export const hashSource = (text: string) =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The script sources a static page's policy must list: 'self' and its own inline scripts. */
export const ownScriptSources = (html: string) => [
  "'self'",
  ...new Set(inlineScripts(html).map(({ text }) => hashSource(text))),
];
