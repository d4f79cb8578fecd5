// The code of a tracked link (/go/<code>): printed on flyers and typed from them, so it holds
// no character that reads as another in print. Generated codes use lower-case letters and digits
// without 0, 1, i, l and o; a code marketing types may be a word (spring-flyer), so letters are
// all allowed there, but the digits 0 and 1 never are, and a typed 0 or 1 is read as o or l.
import { randomInt } from "node:crypto";
import { z } from "zod";

const generatedAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";
const generatedLength = 7;

/** A fresh readable code, e.g. "k7mq3tz": 31^7 (27 billion) codes, so a clash is a retry. */
export function generateCode(): string {
  let code = "";
  for (let index = 0; index < generatedLength; index += 1)
    code += generatedAlphabet[randomInt(generatedAlphabet.length)];
  return code;
}

/**
 * The code as stored, from the address typed or scanned: lower case, with 0 and 1 read as the
 * letters o and l they are confused with. Undefined when it cannot be a code at all.
 */
export function normaliseCode(typed: string): string | undefined {
  let decoded: string;
  try {
    // Route parameters arrive percent-encoded; a malformed escape is no code, not an error.
    decoded = decodeURIComponent(typed);
  } catch {
    return undefined;
  }
  const code = decoded.trim().toLowerCase().replaceAll("0", "o").replaceAll("1", "l");
  return /^[a-z2-9](?:[a-z2-9-]{0,38}[a-z2-9])?$/.test(code) ? code : undefined;
}

/** A code marketing types: 3 to 40 characters, a word or words joined by single hyphens. */
export const chosenCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Make the short code at least 3 characters, for example “spring-flyer”.")
  .max(40, "Keep the short code to 40 characters or fewer.")
  .refine(
    (code) => !/[01]/.test(code),
    "Leave out the digits 0 and 1: on paper they look like the letters O and l.",
  )
  .refine(
    (code) => /^[a-z2-9]+(?:-[a-z2-9]+)*$/.test(code),
    "Use letters, the digits 2 to 9 and single hyphens between words, for example “spring-flyer”.",
  );
