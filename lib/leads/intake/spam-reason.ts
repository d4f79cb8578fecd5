import "server-only";
// Why a valid post is judged spam, if it is: the honeypot, then the form token. A token is
// good for one submission and one day; a fresh, genuine one is recorded as used by this post.
import type { Db } from "@/lib/db";
import { formTokenLifetimeMs } from "../form-token-lifetime";
import type { Lead } from "../schema";
import { formTokenFirstUse, recordFormTokenUse } from "../store";
import { checkFormToken } from "./form-token";

export type SpamChecks = { db: Db; secret: string; minFillMs: number };

/**
 * Kept as spam when the submission id already holds another enquiry and a token was checked:
 * the same id with other words (the sent form brought back with Back, or a bot keeping the id
 * to reuse its token) is a second enquiry on one token. See saveLead's `renameTaken`.
 */
export const takenIdReason = "form token already used for a different enquiry";

export async function spamReason(
  lead: Lead,
  checks: SpamChecks,
  now: Date,
): Promise<string | undefined> {
  if (lead.website) return "honeypot filled";
  if (checks.minFillMs === 0) return undefined;
  const token = checkFormToken(lead.formToken, checks.secret, now);
  if (!token.ok) return token.reason;
  // A token past its day is not recorded, but a retry of the post that used it still counts.
  const firstUse = token.expired
    ? await formTokenFirstUse(checks.db, token.token)
    : await recordFormTokenUse(checks.db, token.token, lead.submissionId, now);
  if (firstUse === undefined)
    return `form token older than ${formTokenLifetimeMs / 3_600_000} hours`;
  if (firstUse !== lead.submissionId) return "form token already used by another submission";
  if (token.ageMs < checks.minFillMs) return `sent ${token.ageMs} ms after the form was shown`;
  return undefined;
}
