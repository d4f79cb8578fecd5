// How long a form token is good for. The server keeps a post with an older token in spam; the
// form gets a fresh token before then. Safe in the browser, which reads a token's age too.

/** A post whose token is older than this is spam, unless it retries the token's first post. */
export const formTokenLifetimeMs = 24 * 3_600_000;

/** How far apart the clocks of two instances may be: a token's age is judged this loosely. */
export const formTokenClockToleranceMs = 60_000;

/**
 * A form shown again (brought back to view, or the page of mistakes to fix) gets a fresh token
 * once its own is this old: an hour before the limit, so a prospect still typing, or a browser
 * whose clock is a little off, never reaches it.
 */
export const formTokenRenewAfterMs = formTokenLifetimeMs - 3_600_000;

/** A token's parts, `v1.<issuedAt>.<signature>` (issuedAt in ms by the server's clock). */
export function readFormToken(token: string | undefined) {
  const match = /^v1\.(\d{1,15})\.([\w-]{43})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return undefined;
  return { issuedAt: Number(match[1]), signature: match[2] };
}
