// The intake form's structure: its fields and the values of its choices, which the database
// stores and staff filter on. Every word the form shows is content (content/forms/contact.yaml).

export const goalValues = ["weight-loss", "strength", "performance", "health", "other"] as const;
export const contactMethodValues = ["email", "phone"] as const;

export type GoalValue = (typeof goalValues)[number];
export type ContactMethodValue = (typeof contactMethodValues)[number];

export const leadFieldNames = [
  "name",
  "email",
  "phone",
  "goals",
  "training",
  "limitations",
  "contactMethod",
  "message",
  "consent",
] as const;

export type LeadFieldName = (typeof leadFieldNames)[number];

export const nameMaxLength = 100;
export const messageMaxLength = 2000;

/** Words with their placeholders filled in: "Up to {max} characters." → "Up to 2,000 characters." */
export const fillIn = (words: string, values: Record<string, string | number>) =>
  words.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

/** A choice's label from the content's labels, or the stored value itself when unknown. */
export const choiceLabel = (labels: Readonly<Record<string, string>>, value: string) =>
  Object.entries(labels).find(([known]) => known === value)?.[1] ?? value;
