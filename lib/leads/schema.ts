// The one lead schema: the browser form and POST /api/contact both validate with it.
// Messages are written for the prospect filling in the form.
import { z } from "zod";
import { contactMethodOptions, goalOptions, messageMaxLength } from "./fields";

// Zod probes `new Function` to speed up parsing; our CSP forbids eval, and the probe alone is
// reported as a violation in the browser. Small objects parse fast enough without it.
z.config({ jitless: true });

const goalValues = goalOptions.map((option) => option.value) as [string, ...string[]];
const contactValues = contactMethodOptions.map((option) => option.value) as [string, ...string[]];

/**
 * Text a database can store as it was sent: no NUL or other control characters (tabs and line
 * breaks are fine) and no half of a surrogate pair. PostgreSQL refuses NUL outright and
 * replaces lone surrogates, which would make a retried enquiry look different from itself.
 */
const storable = (text: string) =>
  !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) && !hasLoneSurrogate(text);

// String.prototype.isWellFormed is too new for some phones this form must work on.
function hasLoneSurrogate(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      index += 1;
    }
  }
  return false;
}
const unusualCharacters = "Please remove unusual invisible characters from this answer.";

/** Turns blank text into "not given", so an empty optional box is not an error. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalText = (max: number, what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, {
        error: (issue) =>
          `${what} is ${String(issue.input).length} characters; please keep it under ${max}.`,
      })
      .refine(storable, unusualCharacters)
      .optional(),
  );

const singleLine = /^[^\r\n\u0000-\u001f]*$/;

export const leadSchema = z
  .object({
    name: z
      .string({ error: "Please tell us your name." })
      .trim()
      .min(1, "Please tell us your name.")
      .max(100, "Please shorten your name to 100 characters or fewer.")
      .regex(singleLine, "Please write your name on one line.")
      .refine(storable, unusualCharacters),
    email: z
      .string({ error: "Please enter your email address." })
      .trim()
      .min(1, "Please enter your email address.")
      .max(254, "That email address is too long.")
      .refine(storable, unusualCharacters)
      .pipe(z.email("Please enter an email address like name@example.com.")),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(
          /^\+?[0-9 ()./-]{7,25}$/,
          "Please enter a phone number with digits only, like +1 555 010 0199.",
        )
        .optional(),
    ),
    goals: z
      .array(z.enum(goalValues, "Please choose from the listed goals."), {
        error: "Please choose at least one goal.",
      })
      .min(1, "Please choose at least one goal.")
      .max(goalValues.length)
      .transform((goals) => [...new Set(goals)]),
    training: optionalText(500, "Your answer about training"),
    limitations: optionalText(1000, "Your note on injuries or limitations"),
    contactMethod: z.enum(contactValues, "Please choose how you’d like us to contact you."),
    message: optionalText(messageMaxLength, "Your message"),
    consent: z.literal(true, "Please agree to be contacted so we can reply to you."),
    submissionId: z.uuid("This form has expired. Please reload the page and send it again."),
    utmSource: optionalText(200, "utm_source"),
    utmMedium: optionalText(200, "utm_medium"),
    utmCampaign: optionalText(200, "utm_campaign"),
    utmTerm: optionalText(200, "utm_term"),
    utmContent: optionalText(200, "utm_content"),
    referrer: optionalText(500, "The referrer"),
    landingPage: optionalText(500, "The landing page"),
    trackedLink: optionalText(40, "The tracked link"),
    formToken: optionalText(200, "The form token"),
    website: z.preprocess(blankToUndefined, z.string().max(500).refine(storable).optional()),
  })
  .superRefine((lead, context) => {
    if (lead.contactMethod === "phone" && !lead.phone) {
      context.addIssue({
        code: "custom",
        path: ["phone"],
        message: "Please add a phone number, or choose email as the way to contact you.",
      });
    }
  });

export type LeadInput = z.input<typeof leadSchema>;
export type Lead = z.infer<typeof leadSchema>;
export type LeadErrors = Partial<Record<string, string[]>>;

/** Validates a submission; on failure returns each field's messages, keyed by field name. */
export function validateLead(
  input: unknown,
): { ok: true; lead: Lead } | { ok: false; errors: LeadErrors } {
  const result = leadSchema.safeParse(input);
  if (result.success) return { ok: true, lead: result.data };
  const errors: LeadErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}
