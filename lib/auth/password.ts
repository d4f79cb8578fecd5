import "server-only";
// Staff passwords as argon2id hashes at OWASP's parameters (19 MiB, 2 passes), in the standard
// PHC string that carries its own salt and parameters. Hashes made before argon2id (scrypt at
// N=2^15) still verify, and are replaced at their owner's next successful sign-in.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
// Prebuilt for each platform (no compiler, no download at install), and Next keeps it external.
import { isCommonPassword } from "./common-passwords";
import { hash as argon2Hash, verify as argon2Verify, type Options } from "@node-rs/argon2";

const argon2Options: Options = {
  // Algorithm.Argon2id: the package's enum is a `const enum`, which isolatedModules can't read.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};
const currentPrefix = `$argon2id$v=19$m=${argon2Options.memoryCost},t=${argon2Options.timeCost},p=${argon2Options.parallelism}$`;
export const minimumPasswordLength = 12;
const maximumPasswordLength = 1000;

/** What can be wrong with a new password, in words for the person choosing it. */
export const passwordProblems = {
  short: `The password must be at least ${minimumPasswordLength} characters long.`,
  long: `The password must be at most ${maximumPasswordLength} characters long.`,
  common:
    "That password is one of the most common ones, or close to one, so it is among the first an attacker tries. Choose another: three or four unrelated words work well.",
} as const;
export type PasswordProblem = keyof typeof passwordProblems;

/**
 * What is wrong with a new password, if anything. `email` is the account's, so a password
 * made of it counts as easy to guess.
 */
export function passwordProblemCode(password: string, email = ""): PasswordProblem | undefined {
  if ([...password].length < minimumPasswordLength) return "short";
  if (password.length > maximumPasswordLength) return "long";
  if (isCommonPassword(password, [email])) return "common";
  return undefined;
}

/** The problem in words; undefined if the password is fine. */
export function passwordProblem(password: string, email = ""): string | undefined {
  const code = passwordProblemCode(password, email);
  return code && passwordProblems[code];
}

// The same password typed on a Mac and on Windows may differ in Unicode form; hash one form.
const typed = (password: string) => password.slice(0, maximumPasswordLength).normalize("NFC");

/** An argon2id PHC string: `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`. */
export const hashPassword = (password: string): Promise<string> =>
  argon2Hash(typed(password), argon2Options);

/** True when a stored hash was made with weaker settings than today's and should be replaced. */
export const needsRehash = (stored: string) => !stored.startsWith(currentPrefix);

/** True only for the right password; a damaged stored hash is a refusal, never an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    if (stored.startsWith("$argon2id$")) return await argon2Verify(stored, typed(password));
    if (stored.startsWith("scrypt$")) return await verifyLegacyScrypt(typed(password), stored);
  } catch {
    // A malformed stored hash: nobody's password matches it.
  }
  return false;
}

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64url), as hashed before argon2id. */
async function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [, N, r, p, salt, hash] = stored.split("$");
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const options = { N: Number(N), r: Number(r), p: Number(p), maxmem: 128 * 2 ** 20 };
  const key = await new Promise<Buffer>((resolve, reject) =>
    scryptCallback(
      password,
      Buffer.from(salt, "base64url"),
      expected.length,
      options,
      (error, k) => (error ? reject(error) : resolve(k)),
    ),
  );
  return key.length === expected.length && expected.length > 0 && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password, verified when the account does not exist, so a sign-in with an
 * unknown address takes as long as one with a known address and a wrong password.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));
