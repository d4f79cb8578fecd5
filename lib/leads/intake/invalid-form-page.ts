import "server-only";
// The 422 page a browser without JavaScript gets: what to fix, then the same form again
// filled with what the prospect typed, so going back loses nothing and no data enters a URL.
import type { ContactFormWords } from "@/lib/content";
import { contactMethodValues, fillIn, goalValues, type LeadFieldName } from "../fields";
import { escapeHtml, htmlPage } from "@/lib/http/html";
import type { LeadErrors } from "../schema";

type Typed = Record<string, unknown>;

const hiddenFields = [
  "submissionId",
  "formToken",
  "utmSource",
  "utmMedium",
  "utmCampaign",
  "utmTerm",
  "utmContent",
  "referrer",
  "landingPage",
  "trackedLink",
];

const text = (typed: Typed, name: string) =>
  typeof typed[name] === "string" ? escapeHtml(String(typed[name])) : "";
/** The choices in the form's order, whatever order the content file lists them in. */
const inOrder = (values: readonly string[], labels: Readonly<Record<string, string>>) =>
  Object.fromEntries(values.map((value) => [value, labels[value] ?? value]));

const errorOf = (errors: LeadErrors, name: string) => errors[name]?.[0];

function describedBy(errors: LeadErrors, name: string) {
  return errorOf(errors, name) ? ` aria-invalid="true" aria-describedby="${name}-error"` : "";
}

function errorLine(errors: LeadErrors, name: string) {
  const message = errorOf(errors, name);
  return message ? `<p class="error" id="${name}-error">${escapeHtml(message)}</p>` : "";
}

type Labels = ContactFormWords["labels"];

function input(
  typed: Typed,
  errors: LeadErrors,
  labels: Labels,
  [name, type, autocomplete]: [LeadFieldName, string, string],
) {
  return `<label for="${name}">${escapeHtml(labels[name])}</label>${errorLine(errors, name)}
<input type="${type}" id="${name}" name="${name}" autocomplete="${autocomplete}" value="${text(typed, name)}"${describedBy(errors, name)}>`;
}

function textarea(typed: Typed, errors: LeadErrors, labels: Labels, name: LeadFieldName) {
  return `<label for="${name}">${escapeHtml(labels[name])}</label>${errorLine(errors, name)}
<textarea id="${name}" name="${name}" rows="4"${describedBy(errors, name)}>${text(typed, name)}</textarea>`;
}

function choices(
  typed: Typed,
  errors: LeadErrors,
  legend: string,
  name: "goals" | "contactMethod",
  choiceLabels: Readonly<Record<string, string>>,
) {
  const chosen = new Set(
    Array.isArray(typed[name]) ? typed[name].map(String) : [String(typed[name] ?? "")],
  );
  const type = name === "goals" ? "checkbox" : "radio";
  const items = Object.entries(choiceLabels)
    .map(
      ([value, label]) =>
        `<label class="choice"><input type="${type}" name="${name}" value="${value}"${chosen.has(value) ? " checked" : ""}> ${escapeHtml(label)}</label>`,
    )
    .join("");
  return `<fieldset id="${name}"${describedBy(errors, name)}><legend>${escapeHtml(legend)}</legend>${errorLine(errors, name)}${items}</fieldset>`;
}

export function invalidFormPage(typed: Typed, errors: LeadErrors, words: ContactFormWords): string {
  const { labels, checkPage } = words;
  const problems = Object.entries(errors).flatMap(([field, messages]) =>
    (messages ?? []).map(
      (message) => `<li><a href="#${escapeHtml(field)}">${escapeHtml(message)}</a></li>`,
    ),
  );
  const hidden = hiddenFields
    .map((name) => `<input type="hidden" name="${name}" value="${text(typed, name)}">`)
    .join("");
  const summary =
    problems.length === 1
      ? checkPage.summaryOne
      : fillIn(checkPage.summaryMany, { count: problems.length });
  const body = `<h1>${escapeHtml(checkPage.heading)}</h1>
<div class="errors" role="alert"><h2>${escapeHtml(summary)}</h2><ul>${problems.join("")}</ul></div>
<p>${escapeHtml(checkPage.stillBelow)}</p>
<form method="post" action="/api/contact" novalidate>${hidden}
${input(typed, errors, labels, ["name", "text", "name"])}
${input(typed, errors, labels, ["email", "email", "email"])}
${input(typed, errors, labels, ["phone", "tel", "tel"])}
${choices(typed, errors, labels.goals, "goals", inOrder(goalValues, words.goals))}
${input(typed, errors, labels, ["training", "text", "off"])}
${textarea(typed, errors, labels, "limitations")}
${choices(typed, errors, labels.contactMethod, "contactMethod", inOrder(contactMethodValues, words.contactMethods))}
${textarea(typed, errors, labels, "message")}
<label class="choice" for="consent"><input type="checkbox" id="consent" name="consent"${typed.consent === true ? " checked" : ""}${describedBy(errors, "consent")}> ${escapeHtml(labels.consent)}</label>${errorLine(errors, "consent")}
<p class="hint">${escapeHtml(words.hints.privacy)}</p>
<button type="submit">${escapeHtml(words.buttons.send)}</button>
</form>`;
  return htmlPage(checkPage.heading, body);
}
