// Labels and choices of the intake form, shared by the React form, the no-JavaScript
// error page and the staff e-mail, so a field is named the same way everywhere.

export const goalOptions = [
  { value: "weight-loss", label: "Weight loss" },
  { value: "strength", label: "Strength" },
  { value: "performance", label: "Performance" },
  { value: "health", label: "General health" },
  { value: "other", label: "Other" },
] as const;

export const contactMethodOptions = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
] as const;

export type GoalValue = (typeof goalOptions)[number]["value"];
export type ContactMethodValue = (typeof contactMethodOptions)[number]["value"];

export const fieldLabels = {
  name: "Your name",
  email: "Email address",
  phone: "Phone (optional)",
  goals: "What would you like to work on?",
  training: "How do you train now? (optional)",
  limitations: "Injuries or limitations we should know about (optional)",
  contactMethod: "How should we contact you?",
  message: "Anything else you’d like to tell us? (optional)",
  consent: "I agree to Altus contacting me about coaching.",
} as const;

export type LeadFieldName = keyof typeof fieldLabels;

export const messageMaxLength = 2000;

export const privacyNote =
  "We use these details only to reply to you about coaching; they are not added to any mailing list.";
