import "server-only";
// Public face of staff passkeys: the routes' actions, and the store the account page reads.
export {
  passkeyRegisterAction,
  passkeyRegisterOptionsAction,
  passkeyRemoveAction,
} from "./account-routes";
export { passkeyOptionsAction, passkeySignInAction } from "./sign-in-routes";
export {
  checkPasskeySignIn,
  signInOptions,
  signInOptionsPerMinute,
  type PasskeySignInResult,
} from "./authentication";
export { registerPasskey, registrationOptions, type Registered } from "./registration";
export {
  challengeLifetimeMs,
  forgetExpiredChallenges,
  liveSignInChallengeLimit,
  signInChallengesFull,
  storeChallenge,
  takeChallenge,
} from "./challenges";
export { relyingParty, relyingPartyFor, type RelyingParty } from "./relying-party";
export {
  addPasskey,
  clampCounter,
  counterLimit,
  findPasskey,
  listPasskeys,
  recordPasskeyUse,
  removePasskey,
  type NewPasskey,
} from "./store";
