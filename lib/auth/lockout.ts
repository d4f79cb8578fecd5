// The sign-in lockout's rule. An attempt counts as a failure from the moment it is let through
// (see reserveSignInAttempt), so attempts arriving together cannot all slip past the count.
export const lockoutFailures = 10;
export const lockoutWindowMs = 15 * 60_000;
/** How far back a lock can reach: ten failures within a window that ended within a window. */
export const signInFailureMemoryMs = 2 * lockoutWindowMs;

/**
 * When the lock ends, given one key's failure times (newest first, at least the last
 * `signInFailureMemoryMs`): 15 minutes after a failure that was the 10th within 15 minutes.
 * Attempts while locked are not recorded, so the lock does not grow.
 */
export function lockedUntil(failures: readonly number[], now: number): number | undefined {
  let until: number | undefined;
  failures.forEach((at, index) => {
    const tenthBack = failures[index + lockoutFailures - 1];
    const locking = tenthBack !== undefined && at - tenthBack <= lockoutWindowMs;
    if (locking && at + lockoutWindowMs > now) until = Math.max(until ?? 0, at + lockoutWindowMs);
  });
  return until;
}
