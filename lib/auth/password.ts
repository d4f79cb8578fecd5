import "server-only";
// Staff passwords as scrypt hashes (node:crypto) with a random salt per user, stored with
// their parameters so they can be raised later without breaking old hashes.
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from "node:crypto";

const current = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
export const minimumPasswordLength = 12;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(
      password.normalize("NFC"),
      salt,
      keyLength,
      { ...options, maxmem: 128 * 2 ** 20 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** What is wrong with a new password, in words for the person choosing it; undefined if fine. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < minimumPasswordLength)
    return `The password must be at least ${minimumPasswordLength} characters long.`;
  if (password.length > 1000) return "The password must be at most 1000 characters long.";
  return undefined;
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, current);
  return [
    "scrypt",
    current.N,
    current.r,
    current.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

/** True only for the right password; a damaged stored hash is a refusal, never an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  try {
    return await matches(password, { N: Number(N), r: Number(r), p: Number(p) }, salt, hash);
  } catch {
    return false;
  }
}

async function matches(password: string, options: ScryptOptions, salt: string, hash: string) {
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password.slice(0, 1000), Buffer.from(salt, "base64url"), options);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password, verified when the account does not exist, so a sign-in with an
 * unknown address takes as long as one with a known address and a wrong password.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));
