import "server-only";
// Server-side public face of lib/leads: intake (the contact route), store, notification.
export { bodyLimitBytes, createContactHandler } from "./intake/contact-handler";
export { checkFormToken, createFormToken } from "./intake/form-token";
export { peerAddressHeader } from "./intake/client-address";
export { stampPeerAddress } from "./intake/peer-address";
export {
  getLeadIntake,
  handleContactPost,
  leadDbIsHealthy,
  leadDbLocation,
  newFormSession,
} from "./intake/process-intake";
export * from "./store";
export * from "./notify";
export { csvCell, leadsToCsv } from "./csv";
