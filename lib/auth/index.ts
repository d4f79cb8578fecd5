import "server-only";
// Public face of staff accounts: passwords, sessions, sign-in and its lockout, and the guard
// every staff route goes through. Pages take their guard from ./page-guard, which needs Next's
// request context; command-line tools import this file and must not.
export {
  decoyHash,
  hashPassword,
  needsRehash,
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
export { checkSignIn, normaliseEmail, type SignInInput, type SignInResult } from "./sign-in";
export { lockedUntil, lockoutFailures, lockoutWindowMs, signInFailureMemoryMs } from "./lockout";
export { cookieValue, staffAccess, type StaffAccess } from "./access";
export { cookiesMustBeSecure, staffCookieHeader } from "./cookie";
export { deviceCookie, newDeviceToken, trustedDevice } from "./device-cookie";
export { HashesBusy, hashSlots, withHashSlot } from "./hash-slots";
export {
  openStaffAction,
  ownerAction,
  staffAction,
  staffDownload,
  type StaffActionContext,
} from "./staff-route";
export { databaseDown, seeOther, staffNotFound, staffProblem } from "./responses";
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
export { changeStaffRole, listTeam, removeTeamMember, staffRole } from "./team/team-store";
export type { TeamChange, TeamMember } from "./team/team-store";
export {
  acceptInvitation,
  inviteTeamMember,
  withdrawInvitation,
  type Acceptance,
  type Invitation,
} from "./team/invitations";
export { openInvitations, linkPath, oneTimeLinkState } from "./links";
export type { LinkPurpose, LinkState } from "./links";
export { accountMailIsOn } from "./mail";
export { auditEvents, auditPageSize, listAudit, type AuditRow } from "./audit";
export { newPasswordProblemText } from "./new-password";
