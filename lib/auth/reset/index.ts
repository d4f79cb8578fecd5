import "server-only";
// Forgotten passwords: the request page's action, the link owners hand over, the reset itself.
export { forgotPasswordAction } from "./forgot-password-action";
export {
  countResetRequest,
  forgetOldResetRequests,
  resetRequestsPerAddress,
  resetRequestsPerAddressAndNetwork,
  resetRequestsPerNetwork,
  resetRequestWindowMs,
  type ResetRequestVerdict,
} from "./request-limit";
export { makeResetLink, resetMail } from "./reset-link";
export { resetPasswordAction } from "./reset-password-action";
export { resetPasswordWithLink, type ResetOutcome } from "./reset-with-link";
