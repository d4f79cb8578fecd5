import "server-only";
// The 422 page a browser without JavaScript gets: what to fix, then the same form again
// filled with what the prospect typed, so going back loses nothing and no data enters a URL.
import {
  contactMethodOptions,
  fieldLabels,
  goalOptions,
  privacyNote,
  type LeadFieldName,
} from "../fields";
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
const errorOf = (errors: LeadErrors, name: string) => errors[name]?.[0];

function describedBy(errors: LeadErrors, name: string) {
  return errorOf(errors, name) ? ` aria-invalid="true" aria-describedby="${name}-error"` : "";
}

function errorLine(errors: LeadErrors, name: string) {
  const message = errorOf(errors, name);
  return message ? `<p class="error" id="${name}-error">${escapeHtml(message)}</p>` : "";
}

function input(
  typed: Typed,
  errors: LeadErrors,
  name: LeadFieldName,
  type: string,
  autocomplete: string,
) {
  return `<label for="${name}">${escapeHtml(fieldLabels[name])}</label>${errorLine(errors, name)}
<input type="${type}" id="${name}" name="${name}" autocomplete="${autocomplete}" value="${text(typed, name)}"${describedBy(errors, name)}>`;
}

function textarea(typed: Typed, errors: LeadErrors, name: LeadFieldName) {
  return `<label for="${name}">${escapeHtml(fieldLabels[name])}</label>${errorLine(errors, name)}
<textarea id="${name}" name="${name}" rows="4"${describedBy(errors, name)}>${text(typed, name)}</textarea>`;
}

function choices(
  typed: Typed,
  errors: LeadErrors,
  name: "goals" | "contactMethod",
  options: readonly { value: string; label: string }[],
) {
  const chosen = new Set(
    Array.isArray(typed[name]) ? typed[name].map(String) : [String(typed[name] ?? "")],
  );
  const type = name === "goals" ? "checkbox" : "radio";
  const items = options
    .map(
      (option) =>
        `<label class="choice"><input type="${type}" name="${name}" value="${option.value}"${chosen.has(option.value) ? " checked" : ""}> ${escapeHtml(option.label)}</label>`,
    )
    .join("");
  return `<fieldset id="${name}"${describedBy(errors, name)}><legend>${escapeHtml(fieldLabels[name])}</legend>${errorLine(errors, name)}${items}</fieldset>`;
}

export function invalidFormPage(typed: Typed, errors: LeadErrors): string {
  const problems = Object.entries(errors).flatMap(([field, messages]) =>
    (messages ?? []).map(
      (message) => `<li><a href="#${escapeHtml(field)}">${escapeHtml(message)}</a></li>`,
    ),
  );
  const hidden = hiddenFields
    .map((name) => `<input type="hidden" name="${name}" value="${text(typed, name)}">`)
    .join("");
  const body = `<h1>Please check your message</h1>
<div class="errors" role="alert"><h2>${problems.length === 1 ? "One thing needs" : `${problems.length} things need`} fixing before we can send it:</h2><ul>${problems.join("")}</ul></div>
<p>Everything you typed is still below. Correct it and send it again.</p>
<form method="post" action="/api/contact" novalidate>${hidden}
${input(typed, errors, "name", "text", "name")}
${input(typed, errors, "email", "email", "email")}
${input(typed, errors, "phone", "tel", "tel")}
${choices(typed, errors, "goals", goalOptions)}
${input(typed, errors, "training", "text", "off")}
${textarea(typed, errors, "limitations")}
${choices(typed, errors, "contactMethod", contactMethodOptions)}
${textarea(typed, errors, "message")}
<label class="choice" for="consent"><input type="checkbox" id="consent" name="consent"${typed.consent === true ? " checked" : ""}${describedBy(errors, "consent")}> ${escapeHtml(fieldLabels.consent)}</label>${errorLine(errors, "consent")}
<p class="hint">${escapeHtml(privacyNote)}</p>
<button type="submit">Send</button>
</form>`;
  return htmlPage("Please check your message", body);
}
