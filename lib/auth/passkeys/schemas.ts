import "server-only";
// What the browser sends back from a WebAuthn ceremony: JSON in a form field, parsed here before
// anything else sees it. Only the shape is checked; the cryptography is simplewebauthn's.
import { z } from "zod";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

const base64url = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .max(max);
const common = {
  id: base64url(1024),
  rawId: base64url(1024),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  // Extensions are not used here; their results are dropped.
  clientExtensionResults: z.object({}),
};

const registrationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(16384),
    // Only WebAuthn's own names: the list is stored, and PostgreSQL refuses text with a NUL.
    transports: z
      .array(z.string().regex(/^[a-z-]{1,32}$/))
      .max(10)
      .optional(),
  }),
});

const authenticationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(1024),
    userHandle: base64url(256).optional(),
  }),
});

function parseJson(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseRegistration(text: string | null): RegistrationResponseJSON | undefined {
  const parsed = registrationSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : undefined;
}

export function parseAuthentication(text: string | null): AuthenticationResponseJSON | undefined {
  const parsed = authenticationSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : undefined;
}

export const passkeyNameLimit = 60;

/** A name staff will recognise in their list: 1–60 characters, no control characters. */
export function passkeyNameProblem(name: string): string | undefined {
  if (name.length === 0) return "Give the passkey a name, such as “Work laptop”.";
  if (name.length > passkeyNameLimit)
    return `Keep the name to ${passkeyNameLimit} characters or fewer.`;
  // Format characters (bidi overrides) and Unicode line breaks too: the name is shown in the
  // account's list and in the mail that warns of the passkey.
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(name))
    return "The name cannot contain line breaks or control characters.";
  return undefined;
}

const clientDataSchema = z.object({ challenge: z.string().max(256) });

/**
 * The challenge the browser signed, read from its client data, so it can be taken from the
 * database (once) before the signature is checked against it.
 */
export function signedChallenge(response: { response: { clientDataJSON: string } }) {
  const text = Buffer.from(response.response.clientDataJSON, "base64url").toString("utf8");
  const parsed = clientDataSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data.challenge : undefined;
}
