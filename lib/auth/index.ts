import "server-only";
// Public face of staff accounts: passwords, sessions, sign-in and its lockout, and the guard
// every staff route goes through. Pages take their guard from ./page-guard, which needs Next's
// request context; command-line tools import this file and must not.
export {
  decoyHash,
  hashPassword,
  minimumPasswordLength,
  passwordProblem,
  verifyPassword,
} from "./password";
export {
  absoluteLimitMs,
  endStaffSession,
  idleLimitMs,
  sessionCookie,
  staffForToken,
  startStaffSession,
  tokenHash,
} from "./sessions";
export { checkSignIn, normaliseEmail, type SignInResult } from "./sign-in";
export { lockoutFailures, lockoutWindowMs, signInFailureMemoryMs } from "./lockout";
export { staffAccess, sessionToken, type StaffAccess } from "./access";
export { clearedSessionCookieHeader, sessionCookieHeader } from "./cookie";
export {
  readStaffForm,
  refuseCrossSite,
  staffAction,
  staffRequest,
  type StaffActionContext,
} from "./staff-request";
export { seeOther, staffProblem } from "./responses";
export {
  addStaffAccount,
  forgetExpiredAuthState,
  listStaffAccounts,
  removeStaffAccount,
  setStaffPassword,
  staffAccountCount,
  staffPasswordHash,
  touchStaffSession,
} from "./store";
