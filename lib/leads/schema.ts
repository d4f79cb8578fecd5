// The one lead schema: the browser form and POST /api/contact both validate with it.
// Its messages are content (content/forms/contact.yaml), passed in by whoever validates.
import { z } from "zod";
import type { LeadMessages } from "@/lib/content";
import { contactMethodValues, fillIn, goalValues, messageMaxLength, nameMaxLength } from "./fields";

// Zod probes `new Function` to speed up parsing; our CSP forbids eval, and the probe alone is
// reported as a violation in the browser. Small objects parse fast enough without it.
z.config({ jitless: true });

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
/** Turns blank text into "not given", so an empty optional box is not an error. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const singleLine = /^[^\r\n\u0000-\u001f]*$/;

function buildLeadSchema(messages: LeadMessages) {
  const optionalText = (max: number, answer: keyof LeadMessages["answers"]) =>
    z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(max, {
          error: (issue) =>
            fillIn(messages.tooLong, {
              answer: messages.answers[answer],
              length: String(issue.input).length,
              max,
            }),
        })
        .refine(storable, messages.unusualCharacters)
        .optional(),
    );
  return z
    .object({
      name: z
        .string({ error: messages.nameMissing })
        .trim()
        .min(1, messages.nameMissing)
        .max(nameMaxLength, fillIn(messages.nameTooLong, { max: nameMaxLength }))
        .regex(singleLine, messages.nameOneLine)
        .refine(storable, messages.unusualCharacters),
      email: z
        .string({ error: messages.emailMissing })
        .trim()
        .min(1, messages.emailMissing)
        .max(254, messages.emailTooLong)
        .refine(storable, messages.unusualCharacters)
        .pipe(z.email(messages.emailInvalid)),
      phone: z.preprocess(
        blankToUndefined,
        z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()./-]{7,25}$/, messages.phoneInvalid)
          .optional(),
      ),
      goals: z
        .array(z.enum(goalValues, messages.goalsUnknown), { error: messages.goalsMissing })
        .min(1, messages.goalsMissing)
        .max(goalValues.length)
        .transform((goals) => [...new Set(goals)]),
      training: optionalText(500, "training"),
      limitations: optionalText(1000, "limitations"),
      contactMethod: z.enum(contactMethodValues, messages.contactMethodMissing),
      message: optionalText(messageMaxLength, "message"),
      consent: z.literal(true, messages.consentMissing),
      submissionId: z.uuid(messages.expired),
      utmSource: optionalText(200, "utmSource"),
      utmMedium: optionalText(200, "utmMedium"),
      utmCampaign: optionalText(200, "utmCampaign"),
      utmTerm: optionalText(200, "utmTerm"),
      utmContent: optionalText(200, "utmContent"),
      referrer: optionalText(500, "referrer"),
      landingPage: optionalText(500, "landingPage"),
      trackedLink: optionalText(40, "trackedLink"),
      formToken: optionalText(200, "formToken"),
      website: z.preprocess(blankToUndefined, z.string().max(500).refine(storable).optional()),
    })
    .superRefine((lead, context) => {
      if (lead.contactMethod === "phone" && !lead.phone) {
        context.addIssue({ code: "custom", path: ["phone"], message: messages.phoneNeeded });
      }
    });
}

type LeadSchema = ReturnType<typeof buildLeadSchema>;

// One schema per words object: the form checks on every keystroke, the server on every post.
const schemas = new WeakMap<LeadMessages, LeadSchema>();

/** The lead schema speaking with the given messages (content/forms/contact.yaml's errors). */
export function leadSchemaFor(messages: LeadMessages): LeadSchema {
  let schema = schemas.get(messages);
  if (!schema) {
    schema = buildLeadSchema(messages);
    schemas.set(messages, schema);
  }
  return schema;
}

export type LeadInput = z.input<LeadSchema>;
export type Lead = z.infer<LeadSchema>;
export type LeadErrors = Partial<Record<string, string[]>>;

/** Validates a submission; on failure returns each field's messages, keyed by field name. */
export function validateLead(
  input: unknown,
  messages: LeadMessages,
): { ok: true; lead: Lead } | { ok: false; errors: LeadErrors } {
  const result = leadSchemaFor(messages).safeParse(input);
  if (result.success) return { ok: true, lead: result.data };
  const errors: LeadErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}
