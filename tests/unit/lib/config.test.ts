import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("parseConfig", () => {
  it("defaults SITE_URL to the local dev server", () => {
    expect(parseConfig({}).SITE_URL).toBe("http://localhost:3000");
  });

  it("accepts an https SITE_URL and drops a trailing slash", () => {
    expect(parseConfig({ SITE_URL: "https://altus.example/" }).SITE_URL).toBe(
      "https://altus.example",
    );
  });

  it.each(["altus.example", "ftp://altus.example", "not a url", ""])(
    "rejects SITE_URL %j with a message naming the variable",
    (value) => {
      expect(() => parseConfig({ SITE_URL: value })).toThrow(ConfigError);
      expect(() => parseConfig({ SITE_URL: value })).toThrow(
        /SITE_URL must be an absolute http\(s\) address such as https:\/\/altus\.example/,
      );
    },
  );
});
