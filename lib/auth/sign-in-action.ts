import "server-only";
// POST /admin/actions/sign-in and sign-out. A wrong password and an unknown account get the
// same answer; too many failures get 429 for 15 minutes, right password or not, except from a
// browser that signed in to that account before (see device-cookie.ts).
import { getConfig } from "@/lib/config";
import type { Db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { cookieValue, cookieValues } from "./access";
import { recordAudit } from "./audit";
import { staffCookieHeader } from "./cookie";
import { deviceCookie, deviceLifetimeMs } from "./device-cookie";
import { confirmReturnFor, confirmReturns } from "./recent-sign-in";
import { seeOther, staffProblem } from "./responses";
import { absoluteLimitMs, endStaffSession, sessionCookie, startStaffSession } from "./sessions";
import { checkSignIn } from "./sign-in";
import { openStaffAction } from "./staff-route";

const tooMany = (retryAfterSeconds: number, message: string) =>
  staffProblem(429, message, {
    back: "/admin/sign-in",
    headers: { "retry-after": String(retryAfterSeconds) },
  });

/**
 * The answer to a sign-in that was checked (a password, or a passkey with `hash` undefined):
 * this browser's old session ends, a new one starts, and it is recorded for owners.
 */
export async function signedIn(
  { db, now, request }: { db: Db; now: Date; request: Request },
  { email, hash, deviceToken, method, to = "/admin" }: SignedIn,
): Promise<Response | undefined> {
  const cookies = request.headers.get("cookie");
  // Signing in again replaces the session this browser had.
  await endStaffSession(db, cookieValue(cookies, sessionCookie));
  const token = await startStaffSession(db, email, hash, now);
  if (!token) return undefined;
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  await recordAudit(db, { event: "sign-in", account: email, address, detail: method }, now);
  const set: [string, string][] = [
    ["set-cookie", staffCookieHeader(sessionCookie, token, absoluteLimitMs, request)],
  ];
  if (deviceToken) {
    set.push([
      "set-cookie",
      staffCookieHeader(deviceCookie, deviceToken, deviceLifetimeMs, request),
    ]);
  }
  return seeOther(to, set);
}

type SignedIn = {
  email: string;
  hash: string | undefined;
  deviceToken?: string;
  method: "password" | "passkey";
  /** Where the browser goes once signed in. */
  to?: string;
};

export const signInAction = openStaffAction(async (context) => {
  const { db, form, now, request } = context;
  // A "confirm your password" form (account page, team page) returns to its page.
  const confirming = confirmReturnFor(form.get("next"));
  const address = clientAddress(request.headers, getConfig().TRUST_PROXY);
  const result = await checkSignIn(
    db,
    {
      email: form.get("email") ?? "",
      password: form.get("password") ?? "",
      address,
      devices: cookieValues(request.headers.get("cookie"), deviceCookie),
    },
    now,
  );
  if (result.ok) {
    const to = confirming ? confirmReturns[confirming] : "/admin";
    const answer = await signedIn(context, { ...result, method: "password", to });
    // The password changed between the check and now: the one typed is no longer right.
    return answer ?? seeOther("/admin/sign-in?notice=invalid");
  }
  if (result.locked) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return tooMany(
      result.retryAfterSeconds,
      `Too many failed sign-ins. Wait ${minutes} minutes, then try again.`,
    );
  }
  if ("busy" in result) {
    return tooMany(5, "Sign-in is busy right now. Wait a few seconds, then try again.");
  }
  if (result.lockedNow) {
    const account = result.lockedNow.account ?? null;
    const detail = account ? null : "for an address with no account";
    await recordAudit(db, { event: "lockout", account, address, detail }, now);
  }
  return seeOther(
    confirming
      ? `${confirmReturns[confirming]}?notice=password-wrong`
      : "/admin/sign-in?notice=invalid",
  );
});

// The device cookie stays: it only says this browser has signed in here before.
export const signOutAction = openStaffAction(async ({ db, request }) => {
  await endStaffSession(db, cookieValue(request.headers.get("cookie"), sessionCookie));
  return seeOther("/admin/sign-in?notice=signed-out", {
    "set-cookie": staffCookieHeader(sessionCookie, "", 0, request),
  });
});
