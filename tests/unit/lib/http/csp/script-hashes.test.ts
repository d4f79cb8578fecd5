import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { readScriptHashes, recordScriptHashes, sitePolicy } from "@/lib/http/csp";

const alert = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const empty = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

let dir: string;

/** A build folder as `next build` leaves it: id, prerender manifest, static HTML, standalone copy. */
function fakeBuild() {
  const build = path.join(mkdtempSync(path.join(tmpdir(), "altus-hashes-")), ".next");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
    writeFileSync(path.join(build, file), text);
  };
  write("BUILD_ID", "build-1\n");
  write(
    "prerender-manifest.json",
    JSON.stringify({
      routes: {
        "/": { routeType: "page" },
        "/articles/a": { routeType: "page" },
        "/_not-found": { routeType: "page" },
        "/_global-error": { routeType: "page" },
        "/sitemap.xml": { routeType: "route" },
      },
    }),
  );
  write("server/app/index.html", "<script>alert(1)</script>");
  write("server/app/articles/a.html", "<script></script><script src='/x.js'></script>");
  write("server/app/_not-found.html", "<script></script>");
  write("server/app/_global-error.html", "<script></script><script>alert(1)</script>");
  write("standalone/.next/BUILD_ID", "build-1\n");
  return build;
}

beforeEach(() => {
  dir = fakeBuild();
});

describe("recordScriptHashes", () => {
  it("records each static page's hashes under its address, beside the build and in its standalone copy", () => {
    const { record, files } = recordScriptHashes(dir);
    expect(record).toEqual({
      buildId: "build-1",
      pages: {
        "/": [alert],
        "/articles/a": [empty],
        "/_not-found": [empty],
        "/_global-error": [empty, alert],
      },
    });
    expect(files).toEqual([
      path.join(dir, "script-hashes.json"),
      path.join(dir, "standalone", ".next", "script-hashes.json"),
    ]);
    for (const file of files) expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(record);
  });
});

describe("readScriptHashes", () => {
  it("gives a static page its own hashes, and the 404 and error pages' as the fallback, once each", () => {
    recordScriptHashes(dir);
    const scripts = readScriptHashes(dir);
    expect(scripts.problem).toBeUndefined();
    expect(scripts.of("/")).toEqual([alert]);
    expect(scripts.of("/contact")).toBeUndefined();
    expect(scripts.fallback).toEqual([empty, alert]);
  });

  it("refuses a record left over from another build", () => {
    recordScriptHashes(dir);
    writeFileSync(path.join(dir, "BUILD_ID"), "build-2\n");
    const scripts = readScriptHashes(dir);
    expect(scripts.problem).toMatch(/belongs to another build/);
    expect(scripts.of("/")).toBeUndefined();
  });

  it("says the record is missing, or not one, rather than failing", () => {
    expect(readScriptHashes(dir).problem).toMatch(
      /missing from the build; build with `npm run build`/,
    );
    writeFileSync(path.join(dir, "script-hashes.json"), "{ not json");
    expect(readScriptHashes(dir).problem).toMatch(/not valid JSON/);
    writeFileSync(
      path.join(dir, "script-hashes.json"),
      JSON.stringify({ buildId: "build-1", pages: { "/": ["'unsafe-inline'"] } }),
    );
    expect(readScriptHashes(dir).problem).toMatch(/not a script-hash record/);
  });
});

describe("sitePolicy", () => {
  const scriptSrc = (policy: string) => /script-src ([^;]*)/.exec(policy)?.[1];

  it("sends a static page with its own hashes and no nonce", () => {
    recordScriptHashes(dir);
    const { policy, nonce } = sitePolicy("GET", "/", readScriptHashes(dir));
    expect(nonce).toBeUndefined();
    expect(scriptSrc(policy)).toBe(`'self' ${alert}`);
  });

  it("gives a page rendered per request, or a post to a static address, a fresh nonce and the 404 and error pages' hashes", () => {
    recordScriptHashes(dir);
    const scripts = readScriptHashes(dir);
    const contact = sitePolicy("GET", "/contact", scripts);
    const post = sitePolicy("POST", "/", scripts);
    expect(scriptSrc(contact.policy)).toBe(`'self' 'nonce-${contact.nonce}' ${empty} ${alert}`);
    // Answered either by a fresh render (nonce) or with the static copy (its own hash).
    expect(scriptSrc(post.policy)).toBe(`'self' 'nonce-${post.nonce}' ${alert} ${empty}`);
    expect(contact.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(contact.nonce).not.toBe(post.nonce);
  });

  it("finds a static page under an encoded address, but not across an encoded slash", () => {
    recordScriptHashes(dir);
    const scripts = readScriptHashes(dir);
    expect(sitePolicy("GET", "/articles/%61", scripts).nonce).toBeUndefined();
    expect(sitePolicy("GET", "/articles%2Fa", scripts).nonce).toBeDefined();
    expect(sitePolicy("GET", "/articles/%E0%A4%A", scripts).nonce).toBeDefined();
  });

  it("never allows inline scripts wholesale, even without a record", () => {
    const { policy } = sitePolicy("GET", "/", readScriptHashes(dir));
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    expect(scriptSrc(policy)).toMatch(/^'self' 'nonce-[^']+'$/);
  });
});
