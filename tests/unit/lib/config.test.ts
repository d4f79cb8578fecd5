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

describe("parseConfig for leads", () => {
  it("has defaults that need no database server and no mail server", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      LEADS_DB: ".data/leads.db",
      LEADS_RATE_LIMIT: 10,
      LEADS_MIN_FILL_MS: 3000,
    });
    expect(config.TRUST_PROXY).toBe(false);
    expect(config.SMTP_URL).toBeUndefined();
  });

  it("names LEADS_RATE_LIMIT when it is not a whole number", () => {
    expect(() => parseConfig({ LEADS_RATE_LIMIT: "ten" })).toThrow(
      /LEADS_RATE_LIMIT must be a whole number/,
    );
  });

  it("asks for LEADS_NOTIFY_TO when SMTP_URL is set", () => {
    expect(() => parseConfig({ SMTP_URL: "smtp://127.0.0.1:2525" })).toThrow(
      /LEADS_NOTIFY_TO must be set/,
    );
  });

  it("never echoes a secret's value in the error", () => {
    expect(() => parseConfig({ FORM_TOKEN_SECRET: "short-secret" })).toThrow(
      /FORM_TOKEN_SECRET must be at least 32/,
    );
    expect(() => parseConfig({ FORM_TOKEN_SECRET: "short-secret" })).not.toThrow(/short-secret/);
  });
});
