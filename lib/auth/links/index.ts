import "server-only";
export {
  forgetOldLinks,
  linkLifetimeMs,
  linkPath,
  makeOneTimeLink,
  markLinkUsed,
  oneTimeLinkState,
  openInvitations,
  withdrawLinks,
  type LinkPurpose,
  type LinkState,
} from "./one-time-link";
export { passwordThroughLinkAction } from "./password-through-link";
