// Public face of lib/leads that is safe in the browser: the schema, the form's fields and choice values, form parsing.
// Storage, notification and the request handler are server-only: import "@/lib/leads/server".
export * from "./fields";
export { formDataToLeadInput } from "./form-data";
export { formTokenLifetimeMs, formTokenRenewAfterMs, readFormToken } from "./form-token-lifetime";
export { leadSchemaFor, validateLead, type Lead, type LeadErrors, type LeadInput } from "./schema";
