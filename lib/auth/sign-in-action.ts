import "server-only";
// POST /admin/actions/sign-in and sign-out. A wrong password and an unknown account get the
// same answer; too many failures get 429 for 15 minutes, right password or not.
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { getDb } from "@/lib/db";
import { sessionToken, staffAccess } from "./access";
import { readStaffForm, refuseCrossSite } from "./staff-request";
import { clearedSessionCookieHeader, sessionCookieHeader } from "./cookie";
import { databaseDown, seeOther, staffProblem } from "./responses";
import { endStaffSession, sessionCookie, startStaffSession } from "./sessions";
import { checkSignIn } from "./sign-in";

export async function signInAction(request: Request): Promise<Response> {
  const now = new Date();
  const access = await staffAccess(undefined, now).catch(() => undefined);
  if (!access) return databaseDown("/admin/sign-in");
  // Off means absent: 404 before anything else, even for a cross-site post.
  if (access.kind === "off") return new Response("Not found", { status: 404 });
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const form = await readStaffForm(request);
  if (form instanceof Response) return form;
  const db = await getDb();
  const result = await checkSignIn(
    db,
    {
      email: form.get("email") ?? "",
      password: form.get("password") ?? "",
      address: clientAddress(request.headers, getConfig().TRUST_PROXY),
    },
    now,
  );
  if (result.ok) {
    // Signing in again replaces the session this browser had.
    await endStaffSession(db, sessionToken(request.headers.get("cookie"), sessionCookie));
    const token = await startStaffSession(db, result.email, result.hash, now);
    if (token) return seeOther("/admin", { "set-cookie": sessionCookieHeader(token, request) });
    // The password changed between the check and now: the one typed is no longer right.
    return seeOther("/admin/sign-in?notice=invalid");
  }
  if (result.locked) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return staffProblem(429, `Too many failed sign-ins. Wait ${minutes} minutes, then try again.`, {
      back: "/admin/sign-in",
      headers: { "retry-after": String(result.retryAfterSeconds) },
    });
  }
  return seeOther("/admin/sign-in?notice=invalid");
}

export async function signOutAction(request: Request): Promise<Response> {
  const access = await staffAccess(undefined).catch(() => undefined);
  const db = await getDb().catch(() => undefined);
  if (!access || !db) return databaseDown("/admin/sign-in");
  if (access.kind === "off") return new Response("Not found", { status: 404 });
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  await endStaffSession(db, sessionToken(request.headers.get("cookie"), sessionCookie));
  return seeOther("/admin/sign-in?notice=signed-out", {
    "set-cookie": clearedSessionCookieHeader(request),
  });
}
