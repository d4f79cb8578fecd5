// Every public page, as the built site serves it, checked by the W3C Nu HTML checker: invalid
// markup (an ARIA role HTML forbids, a stray attribute) is caught here, not by a visitor's browser.
// In the server project: it needs no browser, and the HTML is the same for phone and desktop.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { findJava, missingJavaMessage } from "../../../scripts/java";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** A page that does not exist, for the not-found page. */
const missingPage = "/no-such-page";

type NuMessage = {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
};

/** The sitemap's pages, plus the public pages it leaves out: the form's thank-you page. */
async function publicPages(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? "").pathname,
  );
  expect(listed, "the sitemap lists the home page").toContain("/");
  return [...listed, "/contact/thanks"];
}

/** Runs the checker once over all the files: each run is a JVM start of a few seconds. */
async function nuCheck(files: string[]): Promise<NuMessage[]> {
  const java = findJava();
  if (!java) throw new Error(missingJavaMessage);
  const run = promisify(execFile);
  const args = ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", ...files];
  const { stdout } = await run(java, args, { maxBuffer: 64 * 1024 * 1024 });
  if (!stdout.trim()) throw new Error("The Nu checker printed nothing: did Java start?");
  return (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
}

/** The messages page by page, each with its line and the markup around it. */
function byPage(found: NuMessage[], pageOf: (url?: string) => string) {
  const pagesFound = [...new Set(found.map((message) => pageOf(message.url)))];
  return pagesFound.map((page) => {
    const onPage = found.filter((message) => pageOf(message.url) === page);
    const messages = onPage.map(
      (message) =>
        `line ${message.lastLine ?? "?"}: ${message.message}` +
        (message.extract ? ` …${message.extract.replace(/\s+/g, " ")}…` : ""),
    );
    return { page, count: onPage.length, messages };
  });
}

test("every public page, the not-found page included, is valid HTML for the W3C Nu checker", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const pages = [...(await publicPages(request)), missingPage];
  const dir = await mkdtemp(path.join(tmpdir(), "altus-html-"));
  try {
    // The checker names each file by a file: URL; its name is enough to find the page again.
    const pageOfFile = new Map<string, string>();
    for (const [index, page] of pages.entries()) {
      const response = await request.get(page);
      expect(response.status(), `${page} status`).toBe(page === missingPage ? 404 : 200);
      const name = `page-${index}.html`;
      await writeFile(path.join(dir, name), await response.body());
      pageOfFile.set(name, page);
    }
    const messages = await nuCheck([...pageOfFile.keys()].map((name) => path.join(dir, name)));
    const pageOf = (url = "") => pageOfFile.get(path.basename(url)) ?? (url || "(checker)");

    const warnings = messages.filter((message) => message.subType === "warning");
    if (warnings.length > 0) console.log("Nu checker warnings:", byPage(warnings, pageOf));
    const errors = byPage(
      messages.filter((message) => message.type !== "info"),
      pageOf,
    );
    const counts = errors.map(({ page, count }) => `${page}: ${count}`).join(", ");
    expect(errors, `Nu checker errors (${counts})`).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
