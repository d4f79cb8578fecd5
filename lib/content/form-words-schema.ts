// Rules for content/forms/contact.yaml, every word of the contact form. The choice values are
// code (stored and filtered on); this file gives each known value exactly one label.
import { z } from "zod";
import { contactMethodValues, goalValues } from "@/lib/leads/fields";
import { limits, strict, words } from "./settings-schema";

/** Words that must keep named placeholders, e.g. {max}, where the form puts a number. */
const template = (field: string, max: number, placeholders: readonly string[]) =>
  words(field, max).refine(
    (text) => placeholders.every((name) => text.includes(`{${name}}`)),
    `${field} must keep ${placeholders.map((name) => `{${name}}`).join(", ")} where the form fills in the number`,
  );

/** One label per value the form offers, no more and no fewer. */
function choiceLabels<V extends string>(field: string, values: readonly V[]) {
  const entries = values.map((value) => [value, words(`${field} ${value}`, limits.label)]);
  const shape = Object.fromEntries(entries) as Record<V, ReturnType<typeof words>>;
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `${field} has a label for ${issue.keys.join(", ")}, which the form does not offer; give labels for exactly ${values.join(", ")}`
        : issue.code === "invalid_type"
          ? `${field} must give a label for each of ${values.join(", ")}`
          : undefined,
  });
}

const label = (field: string) => words(`labels ${field}`, limits.fieldLabel);
const message = (field: string) => words(`errors ${field}`, limits.message);
const notSent = (field: string) => words(`notSent ${field}`, limits.message);
const answer = (field: string) => words(`errors answers ${field}`, limits.fieldLabel);

export const leadMessages = strict({
  nameMissing: message("nameMissing"),
  nameTooLong: template("errors nameTooLong", limits.message, ["max"]),
  nameOneLine: message("nameOneLine"),
  emailMissing: message("emailMissing"),
  emailTooLong: message("emailTooLong"),
  emailInvalid: message("emailInvalid"),
  phoneInvalid: message("phoneInvalid"),
  phoneNeeded: message("phoneNeeded"),
  goalsMissing: message("goalsMissing"),
  goalsUnknown: message("goalsUnknown"),
  contactMethodMissing: message("contactMethodMissing"),
  consentMissing: message("consentMissing"),
  expired: message("expired"),
  unusualCharacters: message("unusualCharacters"),
  tooLong: template("errors tooLong", limits.message, ["answer", "length", "max"]),
  answers: strict({
    training: answer("training"),
    limitations: answer("limitations"),
    message: answer("message"),
    utmSource: answer("utmSource"),
    utmMedium: answer("utmMedium"),
    utmCampaign: answer("utmCampaign"),
    utmTerm: answer("utmTerm"),
    utmContent: answer("utmContent"),
    referrer: answer("referrer"),
    landingPage: answer("landingPage"),
    trackedLink: answer("trackedLink"),
    formToken: answer("formToken"),
  }),
});

export const contactFormWords = strict({
  labels: strict({
    name: label("name"),
    email: label("email"),
    phone: label("phone"),
    goals: label("goals"),
    training: label("training"),
    limitations: label("limitations"),
    contactMethod: label("contactMethod"),
    message: label("message"),
    consent: label("consent"),
    website: label("website"),
  }),
  hints: strict({
    training: words("hints training", limits.message),
    message: template("hints message", limits.message, ["max"]),
    privacy: words("hints privacy", limits.paragraph),
  }),
  goals: choiceLabels("goals", goalValues),
  contactMethods: choiceLabels("contactMethods", contactMethodValues),
  buttons: strict({
    send: words("buttons send", limits.label),
    sending: words("buttons sending", limits.label),
  }),
  summary: strict({
    one: words("summary one", limits.message),
    many: template("summary many", limits.message, ["count"]),
  }),
  errors: leadMessages,
  notSent: strict({
    heading: notSent("heading"),
    backLink: words("notSent backLink", limits.label),
    tryAgain: notSent("tryAgain"),
    connectionFailed: notSent("connectionFailed"),
    otherSite: notSent("otherSite"),
    tooLarge: notSent("tooLarge"),
    rateLimited: template("notSent rateLimited", limits.message, ["seconds"]),
    unavailable: notSent("unavailable"),
  }),
  checkPage: strict({
    heading: words("checkPage heading", limits.title),
    summaryOne: words("checkPage summaryOne", limits.message),
    summaryMany: template("checkPage summaryMany", limits.message, ["count"]),
    stillBelow: words("checkPage stillBelow", limits.message),
  }),
  closed: strict({
    heading: words("closed heading", limits.heading),
    text: words("closed text", limits.paragraph),
  }),
});

export type ContactFormWords = z.infer<typeof contactFormWords>;
export type LeadMessages = z.infer<typeof leadMessages>;
