import "server-only";
// Who is asking for a staff page: nobody may while no account exists (the area is off and
// answers 404), then only the holder of a live session.
import { getDb, type StaffRole } from "@/lib/db";
import { staffAccountCount, touchStaffSession } from "./store";
import { staffForToken } from "./sessions";

export type StaffAccess =
  | { kind: "off" }
  | { kind: "signed-out" }
  | { kind: "staff"; email: string; role: StaffRole; signedInAt: string };

export async function staffAccess(
  token: string | undefined,
  now = new Date(),
): Promise<StaffAccess> {
  const db = await getDb();
  if ((await staffAccountCount(db)) === 0) return { kind: "off" };
  const staff = await staffForToken(db, token, now, (hash) => touchStaffSession(db, hash, now));
  return staff ? { kind: "staff", ...staff } : { kind: "signed-out" };
}

/**
 * Every value a request's Cookie header gives a cookie: a browser sends one per path and
 * domain, so a cookie planted by a related site for a narrower path comes first.
 */
export function cookieValues(cookieHeader: string | null, name: string): string[] {
  return (cookieHeader ?? "").split(";").flatMap((part) => {
    const [key, ...value] = part.trim().split("=");
    return key === name ? [value.join("=")] : [];
  });
}

/** A cookie's (first) value in a request's Cookie header, if it was sent. */
export const cookieValue = (cookieHeader: string | null, name: string): string | undefined =>
  cookieValues(cookieHeader, name)[0];
