import "server-only";
// What hands out a way in (adding a passkey; the team's actions: inviting, reset links, roles)
// asks for a sign-in of the last few minutes: a session taken from an unlocked computer or a
// stolen cookie cannot quietly add its own way back in. Confirming the password (the same
// sign-in, lockout and record) starts a fresh session and comes back to the page.

export const recentSignInMs = 10 * 60_000;

/** True while the session's sign-in is recent enough; an unknown time is not. */
export const signedInRecently = (signedInAt: string, now: Date) =>
  now.getTime() - Date.parse(signedInAt) < recentSignInMs;

/** The pages the confirm-password form returns to, by the `next` value it posts. */
export const confirmReturns = { account: "/admin/account", team: "/admin/team" } as const;
export type ConfirmReturn = keyof typeof confirmReturns;

export const confirmReturnFor = (next: string | null): ConfirmReturn | undefined =>
  next === "account" || next === "team" ? next : undefined;
