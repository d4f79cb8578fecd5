import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  pagePolicy,
  pagePolicyProblem,
  readScriptHashes,
  recordScriptHashes,
  sitePolicy,
} from "@/lib/http/csp";

const alert = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const empty = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

let dir: string;

const pages = {
  "/": "index",
  "/articles/a": "articles/a",
  "/_not-found": "_not-found",
  "/_global-error": "_global-error",
};

/** What Next 16.4 writes beside a static page: headers to send with it, and its cache key. */
const nextMeta = (file: string) => ({
  headers: { "x-nextjs-prerender": "1" },
  segmentPaths: ["/_tree"],
  routeCache: { key: `/route-cache/APP_PAGE/0123abcd/$/${file}`, isFallback: false },
});

/**
 * A build folder as `next build` leaves it: id, prerender manifest, static HTML and metadata,
 * standalone copy.
 */
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
  for (const file of Object.values(pages)) {
    write(`server/app/${file}.meta`, JSON.stringify(nextMeta(file)));
    write(`standalone/.next/server/app/${file}.meta`, JSON.stringify(nextMeta(file)));
  }
  return build;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

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

  it("writes each page's policy into the headers Next sends with it, in both copies, leaving the rest as Next wrote it", () => {
    const { record } = recordScriptHashes(dir);
    for (const copy of [dir, path.join(dir, "standalone", ".next")]) {
      for (const [route, file] of Object.entries(pages)) {
        const meta = nextMeta(file);
        expect(readJson(path.join(copy, "server", "app", `${file}.meta`)), route).toEqual({
          ...meta,
          headers: {
            ...meta.headers,
            "content-security-policy": pagePolicy(record.pages[route] ?? ["missing"]),
          },
        });
      }
    }
    expect(
      readJson(path.join(dir, "server", "app", "index.meta")) as { headers: object },
    ).toMatchObject({
      headers: {
        "content-security-policy": expect.stringContaining(`script-src 'self' ${alert};`),
      },
    });
  });

  it("clears Next's route cache, whose copies of pages were made before the policies", () => {
    const cached = path.join(dir, "server", "route-cache", "APP_PAGE", "0123abcd", "$");
    mkdirSync(cached, { recursive: true });
    writeFileSync(path.join(cached, "index.meta"), JSON.stringify(nextMeta("index")));
    recordScriptHashes(dir);
    expect(existsSync(path.join(dir, "server", "route-cache"))).toBe(false);
  });

  it("refuses a build with a static page but no metadata beside it", () => {
    writeFileSync(path.join(dir, "server", "app", "articles", "a.meta"), "[]");
    expect(() => recordScriptHashes(dir)).toThrow(/a\.meta is not a page's metadata/);
  });
});

describe("pagePolicyProblem", () => {
  const metaFile = path.join("server", "app", "articles", "a.meta");

  it("finds nothing wrong once the policies are written", () => {
    recordScriptHashes(dir);
    expect(pagePolicyProblem(dir)).toBeUndefined();
  });

  it("names the fix for a build that never had its policies written (`next build` alone)", () => {
    expect(pagePolicyProblem(dir)).toMatch(/script-hashes\.json is missing from the build/);
    recordScriptHashes(dir);
    writeFileSync(path.join(dir, metaFile), JSON.stringify(nextMeta("articles/a")));
    expect(pagePolicyProblem(dir)).toBe(
      "/articles/a would be served without its Content-Security-Policy; build with `npm run build` (not `next build` alone), then start again",
    );
  });

  it("refuses a page whose policy differs from the build's record", () => {
    recordScriptHashes(dir);
    const meta = readJson(path.join(dir, metaFile)) as { headers: Record<string, string> };
    meta.headers["content-security-policy"] = "script-src 'self' 'unsafe-inline'";
    writeFileSync(path.join(dir, metaFile), JSON.stringify(meta));
    expect(pagePolicyProblem(dir)).toMatch(/^\/articles\/a would be served without/);
  });

  it("refuses a copy Next cached without the policy", () => {
    recordScriptHashes(dir);
    const cached = path.join(dir, "server", "route-cache", "APP_PAGE", "0123abcd", "$");
    mkdirSync(cached, { recursive: true });
    writeFileSync(path.join(cached, "index.meta"), JSON.stringify(nextMeta("index")));
    expect(pagePolicyProblem(dir)).toMatch(/^Next's cached copy of \/ has no Content-Security/);
  });

  it("keeps a page's policy to the scripts the build wrote, whatever its HTML holds now", () => {
    recordScriptHashes(dir);
    writeFileSync(
      path.join(dir, "server", "app", "index.html"),
      "<script>alert(1)</script><script>steal()</script>",
    );
    expect(pagePolicyProblem(dir)).toBeUndefined();
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
  const rendered = (answer: ReturnType<typeof sitePolicy>) => {
    if (answer.fromBuild) throw new Error("expected a policy for a page rendered now");
    return answer;
  };

  it("leaves a static page's policy to the build", () => {
    recordScriptHashes(dir);
    expect(sitePolicy("GET", "/", readScriptHashes(dir))).toEqual({ fromBuild: true });
    expect(sitePolicy("HEAD", "/_not-found", readScriptHashes(dir))).toEqual({ fromBuild: true });
  });

  it("gives a page rendered per request, or a post to a static address, a fresh nonce and the 404 and error pages' hashes", () => {
    recordScriptHashes(dir);
    const scripts = readScriptHashes(dir);
    const contact = rendered(sitePolicy("GET", "/contact", scripts));
    const post = rendered(sitePolicy("POST", "/", scripts));
    expect(scriptSrc(contact.policy)).toBe(`'self' 'nonce-${contact.nonce}' ${empty} ${alert}`);
    // Answered either by a fresh render (nonce) or with the static copy (its own hash).
    expect(scriptSrc(post.policy)).toBe(`'self' 'nonce-${post.nonce}' ${alert} ${empty}`);
    expect(contact.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(contact.nonce).not.toBe(post.nonce);
  });

  it("finds a static page under an encoded address, but not across an encoded slash", () => {
    recordScriptHashes(dir);
    const scripts = readScriptHashes(dir);
    expect(sitePolicy("GET", "/articles/%61", scripts).fromBuild).toBe(true);
    expect(sitePolicy("GET", "/articles%2Fa", scripts).fromBuild).toBe(false);
    expect(sitePolicy("GET", "/articles/%E0%A4%A", scripts).fromBuild).toBe(false);
  });

  it("never allows inline scripts wholesale, even without a record", () => {
    const { policy } = rendered(sitePolicy("GET", "/", readScriptHashes(dir)));
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    expect(scriptSrc(policy)).toMatch(/^'self' 'nonce-[^']+'$/);
  });
});
