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

describe("parseConfig for databases and the webhook", () => {
  it("leaves DATABASE_URL unset by default, so leads stay in the SQLite file", () => {
    expect(parseConfig({}).DATABASE_URL).toBeUndefined();
    expect(parseConfig({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// addresses", () => {
    for (const url of ["postgres://altus:pw@db.example:5432/altus", "postgresql://db/altus"]) {
      expect(parseConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("rejects another kind of DATABASE_URL without echoing it", () => {
    const env = { DATABASE_URL: "mysql://root:hunter2@db/altus" };
    expect(() => parseConfig(env)).toThrow(/DATABASE_URL must be a PostgreSQL address/);
    expect(() => parseConfig(env)).not.toThrow(/hunter2/);
  });

  it("accepts only http(s) webhook addresses", () => {
    const secret = "a-webhook-secret-of-at-least-32-characters";
    expect(
      parseConfig({ LEADS_WEBHOOK_URL: "https://crm.example/hooks", LEADS_WEBHOOK_SECRET: secret })
        .LEADS_WEBHOOK_URL,
    ).toBe("https://crm.example/hooks");
    for (const url of ["file:///etc/passwd", "ftp://crm.example", "crm.example/hooks"]) {
      expect(() => parseConfig({ LEADS_WEBHOOK_URL: url, LEADS_WEBHOOK_SECRET: secret })).toThrow(
        /LEADS_WEBHOOK_URL must be an absolute http\(s\) address/,
      );
    }
  });

  it("keeps a webhook address exactly, and refuses one with a password without echoing it", () => {
    const secret = "a-webhook-secret-of-at-least-32-characters";
    const slash = "https://hooks.example/catch/123/abc/";
    expect(
      parseConfig({ LEADS_WEBHOOK_URL: slash, LEADS_WEBHOOK_SECRET: secret }).LEADS_WEBHOOK_URL,
    ).toBe(slash);
    const env = {
      LEADS_WEBHOOK_URL: "https://user:p4ss@hooks.example/x",
      LEADS_WEBHOOK_SECRET: secret,
    };
    expect(() => parseConfig(env)).toThrow(/must not contain a user name or password/);
    expect(() => parseConfig(env)).not.toThrow(/p4ss/);
  });

  it("refuses a plain-http LEADS_WEBHOOK_URL to another machine, naming the variable", () => {
    const secret = "a-webhook-secret-of-at-least-32-characters";
    for (const url of [
      "http://crm.example/hooks",
      "http://10.0.0.5:8080/hooks",
      "http://[2001:db8::1]/x",
    ]) {
      expect(() => parseConfig({ LEADS_WEBHOOK_URL: url, LEADS_WEBHOOK_SECRET: secret })).toThrow(
        /LEADS_WEBHOOK_URL must start with https:\/\//,
      );
    }
  });

  it("allows plain http to this machine itself, for a test receiver or a sidecar", () => {
    const secret = "a-webhook-secret-of-at-least-32-characters";
    for (const url of [
      "http://127.0.0.1:4000/hook",
      "http://localhost:4000/hook",
      "http://[::1]:4000/",
    ]) {
      expect(
        parseConfig({ LEADS_WEBHOOK_URL: url, LEADS_WEBHOOK_SECRET: secret }).LEADS_WEBHOOK_URL,
      ).toBe(url);
    }
  });

  it("asks for a long enough LEADS_WEBHOOK_SECRET when LEADS_WEBHOOK_URL is set", () => {
    expect(() => parseConfig({ LEADS_WEBHOOK_URL: "https://crm.example/hooks" })).toThrow(
      /LEADS_WEBHOOK_SECRET must be set when LEADS_WEBHOOK_URL is/,
    );
    const short = {
      LEADS_WEBHOOK_URL: "https://crm.example/hooks",
      LEADS_WEBHOOK_SECRET: "s3cr3t",
    };
    expect(() => parseConfig(short)).toThrow(/LEADS_WEBHOOK_SECRET must be at least 32/);
    expect(() => parseConfig(short)).not.toThrow(/s3cr3t/);
  });
});

describe("SITE_URL warning", () => {
  it("warns when SITE_URL is unset or blank, naming it and how to fix it", async () => {
    const { siteUrlWarning } = await import("@/lib/config/warnings");
    expect(siteUrlWarning({})).toMatch(
      /SITE_URL is not set.*\n.*SITE_URL=https:\/\/altus\.example/,
    );
    expect(siteUrlWarning({ SITE_URL: " " })).toBeDefined();
    expect(siteUrlWarning({ SITE_URL: "https://altus.example" })).toBeUndefined();
  });
});

describe("standalone database warning", () => {
  it("warns about a relative LEADS_DB inside .next/standalone only", async () => {
    const { standaloneDatabaseWarning } = await import("@/lib/config/warnings");
    const inside = "/srv/altus/.next/standalone";
    expect(standaloneDatabaseWarning({ LEADS_DB: ".data/leads.db" }, inside)).toMatch(
      /absolute path on a persistent disk/,
    );
    expect(
      standaloneDatabaseWarning({ LEADS_DB: "/var/lib/altus/leads.db" }, inside),
    ).toBeUndefined();
    expect(standaloneDatabaseWarning({ LEADS_DB: ".data/leads.db" }, "/srv/altus")).toBeUndefined();
    const postgres = { LEADS_DB: ".data/leads.db", DATABASE_URL: "postgres://db/altus" };
    expect(standaloneDatabaseWarning(postgres, inside)).toBeUndefined();
  });
});
