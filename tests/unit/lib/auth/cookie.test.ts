import { describe, expect, it } from "vitest";
import { cookiesMustBeSecure } from "@/lib/auth";

// Next builds request.url from the address it listens on, so these requests look like what a
// server started with plain `npm start` sees behind a TLS-terminating proxy.
const request = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, { headers });
const behindProxy = request("http://localhost:3000/admin/actions/sign-in", {
  host: "localhost:3000",
  "x-forwarded-proto": "https",
});

describe("whether staff cookies must be Secure", () => {
  it("is yes for an https SITE_URL, whatever address the server listens on", () => {
    for (const url of ["http://localhost:3000/x", "http://0.0.0.0:3000/x", "http://[::]:3000/x"]) {
      const site = { siteUrl: "https://altus.example", trustProxy: false };
      expect(cookiesMustBeSecure(request(url), site), url).toBe(true);
    }
  });

  it("is yes for a plain-http SITE_URL on another host: only this machine may go without", () => {
    const site = { siteUrl: "http://altus.example", trustProxy: false };
    expect(cookiesMustBeSecure(request("http://127.0.0.1:3000/x"), site)).toBe(true);
  });

  it("is no only for a plain-http SITE_URL on this machine, reached over plain http", () => {
    const site = { siteUrl: "http://localhost:3000", trustProxy: false };
    expect(cookiesMustBeSecure(request("http://127.0.0.1:3000/x"), site)).toBe(false);
    expect(cookiesMustBeSecure(request("https://127.0.0.1:3000/x"), site)).toBe(true);
  });

  it("is yes when SITE_URL was left at its loopback default but the site is reached by name", () => {
    const site = { siteUrl: "http://localhost:3000", trustProxy: false };
    const byName = request("http://localhost:3000/x", { host: "altus.example" });
    expect(cookiesMustBeSecure(byName, site)).toBe(true);
    const local = request("http://localhost:3000/x", { host: "127.0.0.1:3000" });
    expect(cookiesMustBeSecure(local, site)).toBe(false);
  });

  it("believes X-Forwarded-Proto only behind a proxy we run (TRUST_PROXY=1)", () => {
    const siteUrl = "http://localhost:3000";
    expect(cookiesMustBeSecure(behindProxy, { siteUrl, trustProxy: true })).toBe(true);
    expect(cookiesMustBeSecure(behindProxy, { siteUrl, trustProxy: false })).toBe(false);
  });
});
