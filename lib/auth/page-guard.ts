import "server-only";
// Every staff page starts here: the session is checked on the server for each render.
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { StaffRole } from "@/lib/db";
import { staffAccess } from "./access";
import { sessionCookie } from "./sessions";

/**
 * The access of this request, looked up once per render: the staff layout (for its header)
 * and the page (for its guard) both ask, and would otherwise each read the session.
 */
export const currentStaffAccess = cache(async () => {
  const token = (await cookies()).get(sessionCookie)?.value;
  return staffAccess(token);
});

type StaffSession = { email: string; signedInAt: string; role: StaffRole };

/** The signed-in member and when this session signed in; else 404 (area off) or sign-in. */
export async function requireStaffSession(): Promise<StaffSession> {
  const access = await currentStaffAccess();
  if (access.kind === "off") notFound();
  // proxy.ts already answered this with a 303; this covers a session ended in between.
  if (access.kind === "signed-out") redirect("/admin/sign-in");
  return access;
}

/** The signed-in staff member's email; otherwise 404 (area off) or the sign-in page. */
export const requireStaff = async (): Promise<string> => (await requireStaffSession()).email;

/** An owner's session; anyone else gets the 404 page, as if the address did not exist. */
export async function requireOwner(): Promise<StaffSession> {
  const session = await requireStaffSession();
  if (session.role !== "owner") notFound();
  return session;
}

/** For the pages opened from a mailed link (invitation, password reset): 404 while the area is off. */
export async function requireStaffAreaExists(): Promise<void> {
  if ((await currentStaffAccess()).kind === "off") notFound();
}

/** For the sign-in page: 404 while the area is off; the inbox when already signed in. */
export async function requireStaffAreaOpen(): Promise<void> {
  const access = await currentStaffAccess();
  if (access.kind === "off") notFound();
  if (access.kind === "staff") redirect("/admin");
}
