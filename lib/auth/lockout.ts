// The sign-in lockout's numbers, apart from sign-in.ts so housekeeping can use them without
// loading password hashing.
export const lockoutFailures = 10;
export const lockoutWindowMs = 15 * 60_000;
/** How far back a lock can reach: ten failures within a window that ended within a window. */
export const signInFailureMemoryMs = 2 * lockoutWindowMs;
