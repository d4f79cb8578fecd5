import "server-only";
// POST /admin/actions/sign-in and sign-out. A wrong password and an unknown account get the
// same answer; too many failures get 429 for 15 minutes, right password or not, except from a
// browser that signed in to that account before (see device-cookie.ts).
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { cookieValue, cookieValues } from "./access";
import { staffCookieHeader } from "./cookie";
import { deviceCookie, deviceLifetimeMs } from "./device-cookie";
import { seeOther, staffProblem } from "./responses";
import { absoluteLimitMs, endStaffSession, sessionCookie, startStaffSession } from "./sessions";
import { checkSignIn } from "./sign-in";
import { openStaffAction } from "./staff-route";

const tooMany = (retryAfterSeconds: number, message: string) =>
  staffProblem(429, message, {
    back: "/admin/sign-in",
    headers: { "retry-after": String(retryAfterSeconds) },
  });

export const signInAction = openStaffAction(async ({ db, form, now, request }) => {
  const cookies = request.headers.get("cookie");
  const result = await checkSignIn(
    db,
    {
      email: form.get("email") ?? "",
      password: form.get("password") ?? "",
      address: clientAddress(request.headers, getConfig().TRUST_PROXY),
      devices: cookieValues(cookies, deviceCookie),
    },
    now,
  );
  if (result.ok) {
    // Signing in again replaces the session this browser had.
    await endStaffSession(db, cookieValue(cookies, sessionCookie));
    const token = await startStaffSession(db, result.email, result.hash, now);
    // The password changed between the check and now: the one typed is no longer right.
    if (!token) return seeOther("/admin/sign-in?notice=invalid");
    return seeOther("/admin", [
      ["set-cookie", staffCookieHeader(sessionCookie, token, absoluteLimitMs, request)],
      [
        "set-cookie",
        staffCookieHeader(deviceCookie, result.deviceToken, deviceLifetimeMs, request),
      ],
    ]);
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
  return seeOther("/admin/sign-in?notice=invalid");
});

// The device cookie stays: it only says this browser has signed in here before.
export const signOutAction = openStaffAction(async ({ db, request }) => {
  await endStaffSession(db, cookieValue(request.headers.get("cookie"), sessionCookie));
  return seeOther("/admin/sign-in?notice=signed-out", {
    "set-cookie": staffCookieHeader(sessionCookie, "", 0, request),
  });
});
