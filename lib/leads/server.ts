import "server-only";
// Server-side public face of lib/leads: intake (the contact route), store, notification.
// The database itself is lib/db; staff accounts and sign-in are lib/auth.
export { bodyLimitBytes, createContactHandler } from "./intake/contact-handler";
export { checkFormToken, createFormToken, renewedFormToken } from "./intake/form-token";
export {
  getLeadIntake,
  handleContactPost,
  handleFormTokenRenewal,
  newFormSession,
} from "./intake/process-intake";
export * from "./store";
export * from "./notify";
export { csvCell, leadsToCsv } from "./csv";
