// An HTML form posts text only: checkboxes repeat, the consent box sends "on".
// This turns such a body into the shape the lead schema expects (the JSON shape).

const repeated = new Set(["goals"]);

export function formDataToLeadInput(form: URLSearchParams | FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((value): value is string => typeof value === "string");
    if (repeated.has(key)) input[key] = values;
    else if (key === "consent") input[key] = values[0] === "on" || values[0] === "true";
    else input[key] = values[0];
  }
  input.goals ??= [];
  return input;
}
