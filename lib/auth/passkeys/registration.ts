import "server-only";
// Adding a passkey to the signed-in account: options with a fresh challenge, then the browser's
// answer verified against that challenge (used once), this site's origin and RP id, and with
// user verification (fingerprint, face or PIN) required, since the passkey stands in for a password.
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/server";
import type { Db } from "@/lib/db";
import { recordAudit } from "../audit";
import { storeChallenge, takeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { parseRegistration, passkeyNameProblem, signedChallenge } from "./schemas";
import { addPasskey, listPasskeys } from "./store";

export async function registrationOptions(
  db: Db,
  email: string,
  now: Date,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const rp = relyingParty();
  const existing = await listPasskeys(db, email);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: email,
    attestationType: "none",
    // One passkey per authenticator and account: the browser refuses to make a second.
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id })),
    // Discoverable, so sign-in needs no email typed first.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(db, options.challenge, { purpose: "register", email }, now);
  return options;
}

export type Registered = { ok: true; name: string } | { ok: false; message: string };

const notVerified =
  "The passkey could not be checked, so it was not added. Reload the page and try again.";

const expired = "That took too long or was already used. Press “Add a passkey” again.";

export async function registerPasskey(
  db: Db,
  email: string,
  { name, response }: { name: string; response: string | null },
  now: Date,
): Promise<Registered> {
  const trimmed = name.trim();
  const problem = passkeyNameProblem(trimmed);
  if (problem) return { ok: false, message: problem };
  const parsed = parseRegistration(response);
  if (!parsed) return { ok: false, message: notVerified };
  // Taken (deleted) before anything else: a challenge is good for one answer, right or wrong.
  const challenge = signedChallenge(parsed);
  if (!challenge || !(await takeChallenge(db, challenge, { purpose: "register", email }, now))) {
    return { ok: false, message: expired };
  }
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: parsed,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => undefined);
  if (!verification?.verified) return { ok: false, message: notVerified };
  const { credential } = verification.registrationInfo;
  const added = await addPasskey(
    db,
    {
      credentialId: credential.id,
      email,
      name: trimmed,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
    },
    now,
  );
  if (!added) return { ok: false, message: "That passkey is already added, so nothing changed." };
  await recordAudit(
    db,
    { event: "passkey-added", account: email, actor: email, detail: trimmed },
    now,
  );
  return { ok: true, name: trimmed };
}
