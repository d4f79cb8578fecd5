import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/http/csp";

// SHA-256 of the empty string and of "alert(1)", base64: fixed vectors, not recomputed here.
const empty = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const alert = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe("inlineScriptHashes", () => {
  it("hashes the exact text of each inline script, once each, in page order", () => {
    const html = `<head><script>alert(1)</script></head><body><script></script><script>alert(1)</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([alert, empty]);
  });

  it("skips scripts loaded from a file, but not an attribute that merely ends in src", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script data-src="x">alert(1)</script>`;
    expect(inlineScriptHashes(html)).toEqual([alert]);
  });

  it("skips data blocks such as JSON-LD, which never run, and keeps modules", () => {
    const html = `<script type="application/ld+json">{"@type":"Article"}</script><script type=module>alert(1)</script>`;
    expect(inlineScriptHashes(html)).toEqual([alert]);
  });

  it("reads attributes and end tags in any letter case", () => {
    const html = `<SCRIPT ID="_R_">alert(1)</Script >`;
    expect(inlineScriptHashes(html)).toEqual([alert]);
  });
});
