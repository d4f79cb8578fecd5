import "server-only";
// A passkey signs its holder in without a password from then on, so adding one asks for a
// sign-in of the last few minutes: a session taken from an unlocked computer or a stolen cookie
// cannot quietly add its own way back in. Confirming the password starts a fresh session.

export const addPasskeyWithinMs = 10 * 60_000;

/** True while the session's sign-in is recent enough to add a passkey. */
export const signedInRecently = (signedInAt: string, now: Date) =>
  now.getTime() - Date.parse(signedInAt) < addPasskeyWithinMs;
