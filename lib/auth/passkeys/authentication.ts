import "server-only";
// Signing in with a passkey. The options carry a fresh challenge and no account (the passkey
// names its own: no email is typed). The answer is checked under the same lockout as passwords:
// each attempt is reserved as a failure for the client's network first, and kept as one unless
// the passkey is verified.
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { takeRateHit, type Db } from "@/lib/db";
import { clientNetwork } from "@/lib/http/client-address";
import { lockedUntil } from "../lockout";
import { signInKey } from "../sign-in";
import { failureStartedLock, releaseSignInAttempt, reserveSignInAttempt } from "../store";
import { signInChallengesFull, storeChallenge, takeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { parseAuthentication, signedChallenge } from "./schemas";
import { findPasskey, recordPasskeyUse } from "./store";

/**
 * Sign-in options asked for per network (an IPv6 /48: a home's /56 holds 256 /64s) and minute.
 * A sign-in page asks once as it opens (for autofill) and once more for the button; one network
 * asking faster is filling the table of waiting challenges, which would shut every passkey
 * sign-in out until its cap frees.
 */
export const signInOptionsPerMinute = 30;

export type SignInOptions =
  | { ok: true; options: PublicKeyCredentialRequestOptionsJSON }
  | { ok: false; busy: "network"; retryAfterSeconds: number }
  | { ok: false; busy: "everyone" };

/** Options for the browser, unless this network or everyone together is asking too often. */
export async function signInOptions(db: Db, address: string, now: Date): Promise<SignInOptions> {
  const network = await takeRateHit(
    db,
    { kind: "passkey-options", client: clientNetwork(address, 48) },
    signInOptionsPerMinute,
    now,
  );
  if (!network.allowed) {
    return { ok: false, busy: "network", retryAfterSeconds: network.retryAfterSeconds };
  }
  if (await signInChallengesFull(db, now)) return { ok: false, busy: "everyone" };
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
  });
  await storeChallenge(db, options.challenge, { purpose: "sign-in" }, now);
  return { ok: true, options };
}

export type PasskeySignInResult =
  | { ok: true; email: string }
  | { ok: false; locked: true; retryAfterSeconds: number }
  | { ok: false; locked: false; lockedNow: boolean };

export async function checkPasskeySignIn(
  db: Db,
  { response, address }: { response: string | null; address: string },
  now: Date,
): Promise<PasskeySignInResult> {
  const keys = [signInKey("address", clientNetwork(address))];
  const reservation = await reserveSignInAttempt(db, keys, now, lockedUntil);
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil((reservation.lockedUntil - now.getTime()) / 1000);
    return { ok: false, locked: true, retryAfterSeconds };
  }
  const email = await verifiedAccount(db, response, now);
  if (email) {
    await releaseSignInAttempt(db, reservation.ids);
    return { ok: true, email };
  }
  return {
    ok: false,
    locked: false,
    lockedNow: await failureStartedLock(db, keys, now, lockedUntil),
  };
}

/** The account whose passkey signed this sign-in challenge, or undefined. */
async function verifiedAccount(db: Db, response: string | null, now: Date) {
  const parsed = parseAuthentication(response);
  if (!parsed) return undefined;
  // Taken (deleted) first: a challenge is good for one answer, right or wrong.
  const challenge = signedChallenge(parsed);
  if (!challenge || !(await takeChallenge(db, challenge, { purpose: "sign-in" }, now))) {
    return undefined;
  }
  // A removed account's passkeys were deleted with it: they are simply not found.
  const passkey = await findPasskey(db, parsed.id);
  if (!passkey) return undefined;
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: parsed,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
    credential: {
      id: passkey.credential_id,
      publicKey: new Uint8Array(Buffer.from(passkey.public_key, "base64url")),
      counter: passkey.counter,
      transports: passkey.transports?.split(",") ?? [],
    },
  }).catch(() => undefined);
  if (!verification?.verified) return undefined;
  await recordPasskeyUse(
    db,
    passkey.credential_id,
    verification.authenticationInfo.newCounter,
    now,
  );
  return passkey.email;
}
