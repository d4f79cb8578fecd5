import "server-only";
// Public face of the staff side of leads: accounts, sign-in and sessions. The SQL is in
// ../store; this folder holds the rules. Pages take their guard from ./page-guard, which
// needs Next's request context; command-line tools import this file and must not.
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
export { readStaffForm, refuseCrossSite, staffAction, type StaffActionContext } from "./actions";
export { seeOther, staffProblem } from "./responses";
export {
  inboxFilter,
  inboxHref,
  parseInboxQuery,
  toSearchParams,
  type InboxQuery,
} from "./inbox-query";
export { campaignLabel, contactMethodLabel, goalsLabel, statusLabel, statusLabels } from "./labels";
export { dayStartUtc, formatStaffTime } from "./time";
