// The editor's entry for every word of the contact form (content/forms/contact.yaml). Fields,
// order and limits follow lib/content/form-words-schema.ts; the choices are fixed by the code
// (the database stores their values), so staff edit one label per choice, never the list.
import { fields, singleton } from "@keystatic/core";
import { limits } from "@/lib/content/settings-schema";
import { requiredText } from "./fields";

const group = <T extends Parameters<typeof fields.object>[0]>(
  label: string,
  description: string,
  schema: T,
) => fields.object(schema, { label, description });

const fieldLabel = (label: string, where: string) =>
  requiredText(label, limits.fieldLabel, `The label of ${where}.`);
const message = (label: string, description: string) =>
  requiredText(label, limits.message, description);
const choice = (label: string) => requiredText(label, limits.label, "What the choice says.");

/** Words the form fills in: the description says which placeholders must stay. */
const keep = (...placeholders: string[]) =>
  `Keep ${placeholders.map((name) => `{${name}}`).join(" and ")}: the form puts the number there.`;

const answerName = (label: string) =>
  requiredText(label, limits.fieldLabel, "How {answer} names this answer.");

export const contactFormWords = singleton({
  label: "Contact form words",
  path: "content/forms/contact",
  format: { data: "yaml" },
  schema: {
    labels: group("Field labels", "What each box or question of the form is called.", {
      name: fieldLabel("Name", "the name box"),
      email: fieldLabel("Email", "the email box"),
      phone: fieldLabel("Phone", "the phone box"),
      goals: fieldLabel("Goals", "the goals question"),
      training: fieldLabel("Training", "the box on how they train now"),
      limitations: fieldLabel("Limitations", "the box on injuries or limitations"),
      contactMethod: fieldLabel("Contact method", "the question how to contact them"),
      message: fieldLabel("Message", "the message box"),
      consent: fieldLabel("Consent", "the consent checkbox"),
      website: fieldLabel("Hidden trap box", "a box only spam robots see; people never do"),
    }),
    hints: group("Hints", "Small print under a label.", {
      training: message("Training hint", "Under the training box."),
      message: message("Message hint", `Under the message box. ${keep("max")}`),
      privacy: requiredText("Privacy note", limits.paragraph, "Under the consent checkbox."),
    }),
    goals: group("Goal choices", "One label per goal; the goals themselves are fixed.", {
      "weight-loss": choice("Weight loss"),
      strength: choice("Strength"),
      performance: choice("Performance"),
      health: choice("Health"),
      other: choice("Other"),
    }),
    contactMethods: group("Contact method choices", "One label per way to contact.", {
      email: choice("Email"),
      phone: choice("Phone"),
    }),
    buttons: group("Send button", "The button at the end of the form.", {
      send: requiredText("Send", limits.label, "The button's word."),
      sending: requiredText("Sending", limits.label, "The button's word while it sends."),
    }),
    summary: group("Error summary", "The heading above the list of things to fix.", {
      one: message("One problem", "When one thing needs fixing."),
      many: message("Several problems", `When several things need fixing. ${keep("count")}`),
    }),
    errors: group("Error messages", "What a prospect reads when an answer needs fixing.", {
      nameMissing: message("Name missing", "The name box is empty."),
      nameTooLong: message("Name too long", `The name is too long. ${keep("max")}`),
      nameOneLine: message("Name on several lines", "The name has a line break."),
      emailMissing: message("Email missing", "The email box is empty."),
      emailTooLong: message("Email too long", "The email address is too long."),
      emailInvalid: message("Email not valid", "The email address is not an address."),
      phoneInvalid: message("Phone not valid", "The phone number has letters or is too short."),
      phoneNeeded: message("Phone needed", "They chose phone but gave no number."),
      goalsMissing: message("No goal", "No goal is ticked."),
      goalsUnknown: message("Unknown goal", "A goal the form does not offer was sent."),
      contactMethodMissing: message("No contact method", "No way to contact is chosen."),
      consentMissing: message("No consent", "The consent box is not ticked."),
      expired: message("Form expired", "The form was open too long."),
      unusualCharacters: message("Invisible characters", "An answer holds control characters."),
      tooLong: message(
        "Answer too long",
        `An answer is too long. Keep {answer} (the answer's name, below), {length} and {max}.`,
      ),
      answers: group("Answer names", "What {answer} says in “Answer too long”.", {
        training: answerName("Training"),
        limitations: answerName("Limitations"),
        message: answerName("Message"),
        utmSource: answerName("Campaign source (hidden)"),
        utmMedium: answerName("Campaign medium (hidden)"),
        utmCampaign: answerName("Campaign name (hidden)"),
        utmTerm: answerName("Campaign term (hidden)"),
        utmContent: answerName("Campaign content (hidden)"),
        referrer: answerName("Referrer (hidden)"),
        landingPage: answerName("Landing page (hidden)"),
        trackedLink: answerName("Tracked link (hidden)"),
        formToken: answerName("Form token (hidden)"),
      }),
    }),
    notSent: group("Not sent", "When a message could not be sent at all.", {
      heading: message("Heading", "The heading of the page a browser without JavaScript sees."),
      backLink: requiredText("Back link", limits.label, "The link back to the form."),
      tryAgain: message("Try again", "When the server gave no reason."),
      connectionFailed: message("Connection failed", "When the connection dropped."),
      otherSite: message("Other site", "When the form was sent from another website."),
      tooLarge: message("Too large", "When the whole message is too large to send."),
      rateLimited: message("Too many", `When one connection sends too often. ${keep("seconds")}`),
      unavailable: message("Could not save", "When the database did not answer."),
    }),
    checkPage: group("Check page", "The page a browser without JavaScript gets to fix answers.", {
      heading: requiredText("Heading", limits.title, "The page's heading and tab title."),
      summaryOne: message("One problem", "When one thing needs fixing."),
      summaryMany: message("Several problems", `When several things need fixing. ${keep("count")}`),
      stillBelow: message("Still below", "Under the list: their answers are kept."),
    }),
    closed: group("Form closed", "Shown instead of the form while messages cannot be saved.", {
      heading: requiredText("Heading", limits.heading, "Says the form is not taking messages."),
      text: requiredText("Text", limits.paragraph, "What the prospect can do instead."),
    }),
  },
});
