// Every environment variable the site reads, with the defaults that let `npm run dev`
// work on a fresh machine. Messages name the variable and say how to fix it.
import { z } from "zod";

const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      message: `${name} must be an absolute http(s) address such as https://altus.example`,
    })
    .transform((value) => value.replace(/\/+$/, ""));

const wholeNumber = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number of 0 or more`)
    .transform(Number)
    .default(fallback);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

/** https, or http to this machine itself (a test receiver or a sidecar), which never leaves it. */
function httpsOrLoopback(url: URL): boolean {
  if (url.protocol === "https:") return true;
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const configSchema = z
  .object({
    SITE_URL: httpUrl("SITE_URL").default("http://localhost:3000"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LEADS_DB: z.string().trim().min(1, "LEADS_DB must be a file path").default(".data/leads.db"),
    // Set: leads go to PostgreSQL and LEADS_DB is not used at all.
    DATABASE_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
          message:
            "DATABASE_URL must be a PostgreSQL address such as postgres://altus:password@db.example:5432/altus",
        }),
    ),
    LEADS_RATE_LIMIT: wholeNumber("LEADS_RATE_LIMIT", 10),
    LEADS_MIN_FILL_MS: wholeNumber("LEADS_MIN_FILL_MS", 3000),
    TRUST_PROXY: z
      .enum(["0", "1", "true", "false"], "TRUST_PROXY must be 1 (behind a proxy you run) or 0")
      .default("0")
      .transform((value) => value === "1" || value === "true"),
    SMTP_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => /^smtps?:\/\//.test(value) && URL.canParse(value), {
          message: "SMTP_URL must look like smtp://user:password@mail.example:587 or smtps://…",
        }),
    ),
    LEADS_NOTIFY_TO: optional(
      z
        .string()
        .trim()
        .refine(
          (value) =>
            value.split(",").every((address) => z.email().safeParse(address.trim()).success),
          {
            message: "LEADS_NOTIFY_TO must be one email address, or several separated by commas",
          },
        ),
    ),
    LEADS_NOTIFY_FROM: z.string().trim().default("Altus website <website@localhost>"),
    FORM_TOKEN_SECRET: optional(
      z.string().min(32, "FORM_TOKEN_SECRET must be at least 32 characters long"),
    ),
    // Kept exactly as given (a trailing slash may matter to the receiver); no user:password@,
    // which fetch refuses: put a token in the path or rely on the signature.
    LEADS_WEBHOOK_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
          message:
            "LEADS_WEBHOOK_URL must be an absolute http(s) address such as https://crm.example/hooks/altus",
        })
        .refine((value) => !URL.canParse(value) || !new URL(value).username, {
          message:
            "LEADS_WEBHOOK_URL must not contain a user name or password; the signature proves who sent the lead",
        })
        // Each lead's personal data travels in the body: never in clear over a network.
        .refine((value) => !URL.canParse(value) || httpsOrLoopback(new URL(value)), {
          message:
            "LEADS_WEBHOOK_URL must start with https:// (plain http:// is allowed only to this machine, such as http://127.0.0.1:8080/…), because each lead's personal data is sent in it",
        }),
    ),
    LEADS_WEBHOOK_SECRET: optional(
      z.string().min(32, "LEADS_WEBHOOK_SECRET must be at least 32 characters long"),
    ),
    // The staff area shows times in this zone (an IANA name such as Europe/London).
    STAFF_TIME_ZONE: z
      .string()
      .trim()
      .refine(isTimeZone, {
        message:
          "STAFF_TIME_ZONE must be a time zone name such as Europe/London or America/New_York",
      })
      .default("UTC"),
    LEADS_REPLY_WITHIN: optional(
      z.string().trim().max(60, "LEADS_REPLY_WITHIN must be a short phrase"),
    ),
  })
  .superRefine((config, context) => {
    if (config.SMTP_URL && !config.LEADS_NOTIFY_TO) {
      context.addIssue({
        code: "custom",
        path: ["LEADS_NOTIFY_TO"],
        message: "LEADS_NOTIFY_TO must be set when SMTP_URL is: it is where new leads are mailed",
      });
    }
    if (config.LEADS_WEBHOOK_URL && !config.LEADS_WEBHOOK_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["LEADS_WEBHOOK_SECRET"],
        message:
          "LEADS_WEBHOOK_SECRET must be set when LEADS_WEBHOOK_URL is: it signs each lead so the receiver can trust it",
      });
    }
  });

export type Config = z.infer<typeof configSchema>;
