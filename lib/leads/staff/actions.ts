import "server-only";
// Every state-changing staff action is a POST from a plain form (it works without JavaScript)
// and goes through here: same-site only, a live session checked on the server, a bounded
// form body. Then the action runs and answers with a 303 back to a page.
import { getConfig } from "@/lib/config";
import { staffFormLimitBytes } from "@/lib/http/body-limits";
import { isCrossSite } from "@/lib/http/cross-site";
import { getLeadIntake } from "../intake/process-intake";
import { readBodyWithin } from "../intake/request-body";
import type { LeadDb } from "../store";
import { sessionToken, staffAccess } from "./access";
import { databaseDown, seeOther, staffProblem } from "./responses";
import { sessionCookie } from "./sessions";

export type StaffActionContext = { staff: string; db: LeadDb; form: URLSearchParams; now: Date };

export async function readStaffForm(request: Request): Promise<URLSearchParams | Response> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return staffProblem(415, "Send this from the form on the staff page.");
  }
  const body = await readBodyWithin(request, staffFormLimitBytes);
  if (!body.ok) return staffProblem(413, "That is too long to save. Please shorten it.");
  return new URLSearchParams(body.text);
}

export function refuseCrossSite(request: Request): Response | undefined {
  if (!isCrossSite(request, getConfig().SITE_URL)) return undefined;
  return staffProblem(403, "Staff actions can only be sent from the Altus staff pages.");
}

/**
 * Who sent a request to a staff route handler, with the database; or the answer to give
 * instead: 503 without a database, 404 while the area is off (before anything else, even a
 * cross-site post), 403 for a post from another site, 303 to sign in without a session.
 */
export async function staffRequest(
  request: Request,
  { post }: { post: boolean },
  now = new Date(),
): Promise<{ staff: string; db: LeadDb } | Response> {
  const token = sessionToken(request.headers.get("cookie"), sessionCookie);
  const access = await staffAccess(token, now).catch(() => undefined);
  const intake = await getLeadIntake().catch(() => undefined);
  if (!access || !intake) return databaseDown();
  if (access.kind === "off") return new Response("Not found", { status: 404 });
  const crossSite = post ? refuseCrossSite(request) : undefined;
  if (crossSite) return crossSite;
  if (access.kind === "signed-out") return seeOther("/admin/sign-in");
  return { staff: access.email, db: intake.db };
}

export function staffAction(run: (context: StaffActionContext) => Promise<Response>) {
  return async function handleStaffAction(request: Request): Promise<Response> {
    const now = new Date();
    const sender = await staffRequest(request, { post: true }, now);
    if (sender instanceof Response) return sender;
    const form = await readStaffForm(request);
    if (form instanceof Response) return form;
    try {
      return await run({ ...sender, form, now });
    } catch {
      console.error("staff: an action could not be saved");
      return staffProblem(
        503,
        "That could not be saved just now. Nothing changed; try again in a minute.",
      );
    }
  };
}
