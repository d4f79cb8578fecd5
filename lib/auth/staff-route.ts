import "server-only";
// The one path of every staff route handler: sign-in and sign-out, each action on a lead, the
// CSV download. In order: 404 while the area is off (before anything else, even a cross-site
// post), 403 for a post from another site, 303 to sign in without a live session, 404 for staff
// at an owner's route and 303 back to the team page when the owner's sign-in is not recent, a
// bounded form body; then the route runs. Any failure to reach the database, before or during, is a
// short page staff can read (503 with Retry-After), never Next's bare 500.
import { getConfig } from "@/lib/config";
import { getDb, type Db } from "@/lib/db";
import { isCrossSite } from "@/lib/http/cross-site";
import { staffFormLimitBytes } from "@/lib/http/body-limits";
import { readBodyWithin } from "@/lib/http/request-body";
import { cookieValue, staffAccess } from "./access";
import { databaseDown, seeOther, staffNotFound, staffProblem } from "./responses";
import { signedInRecently } from "./recent-sign-in";
import { sessionCookie } from "./sessions";

type Base = { db: Db; now: Date; request: Request };
export type StaffActionContext = Base & { staff: string; form: URLSearchParams };
export type StaffDownloadContext = Base & { staff: string };
export type OpenActionContext = Base & { form: URLSearchParams };

async function readStaffForm(request: Request): Promise<URLSearchParams | Response> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return staffProblem(415, "Send this from the form on the staff page.");
  }
  const body = await readBodyWithin(request, staffFormLimitBytes);
  if (!body.ok) return staffProblem(413, "That is too long to save. Please shorten it.");
  return new URLSearchParams(body.text);
}

/** notRecent: the answer when the session's sign-in is too old for this route (recent-sign-in.ts). */
type Route = {
  post: boolean;
  signedIn: boolean;
  failure: string;
  owner?: boolean;
  notRecent?: () => Response;
};

async function handle(
  request: Request,
  route: Route,
  run: (context: Base & { staff?: string; form?: URLSearchParams }) => Promise<Response>,
): Promise<Response> {
  const now = new Date();
  const token = cookieValue(request.headers.get("cookie"), sessionCookie);
  const access = await staffAccess(token, now).catch(() => undefined);
  const db = await getDb().catch(() => undefined);
  if (!access || !db) return databaseDown();
  if (access.kind === "off") return staffNotFound();
  if (route.post && isCrossSite(request, getConfig().SITE_URL)) {
    return staffProblem(403, "Staff actions can only be sent from the Altus staff pages.");
  }
  if (route.signedIn && access.kind !== "staff") return seeOther("/admin/sign-in");
  // Staff are not told that owners' routes exist.
  if (route.owner && (access.kind !== "staff" || access.role !== "owner")) return staffNotFound();
  if (route.notRecent && access.kind === "staff" && !signedInRecently(access.signedInAt, now)) {
    return route.notRecent();
  }
  const form = route.post ? await readStaffForm(request) : undefined;
  if (form instanceof Response) return form;
  const staff = access.kind === "staff" ? access.email : undefined;
  try {
    return await run({ db, now, request, staff, form });
  } catch (error) {
    console.error(`staff: ${error instanceof Error ? error.name : "error"} in a staff route`);
    return databaseDown(route.failure);
  }
}

const saveFailed = "That could not be saved just now. Nothing changed; try again in a minute.";

/** The context of a route that `handle` has already made sure is signed in. */
const signedInContext =
  (run: (context: StaffActionContext) => Promise<Response>) =>
  ({ staff, form, ...rest }: Base & { staff?: string; form?: URLSearchParams }) =>
    run({ ...rest, staff: staff ?? "", form: form ?? new URLSearchParams() });

/**
 * A POST from a staff page by a signed-in member of staff, answered with a 303 or a page.
 * notRecent: given, the route needs a recent sign-in and answers this without one.
 */
export const staffAction =
  (
    run: (context: StaffActionContext) => Promise<Response>,
    { notRecent }: { notRecent?: () => Response } = {},
  ) =>
  (request: Request) =>
    handle(
      request,
      { post: true, signedIn: true, failure: saveFailed, notRecent },
      signedInContext(run),
    );

/**
 * A POST from an owner's page (the team); anyone else gets 404, as for an unknown address. An
 * owner whose sign-in is not recent is sent back to the team page, which asks for the password.
 */
export const ownerAction =
  (run: (context: StaffActionContext) => Promise<Response>) => (request: Request) =>
    handle(
      request,
      {
        post: true,
        signedIn: true,
        owner: true,
        failure: saveFailed,
        notRecent: () => seeOther("/admin/team?notice=confirm-first"),
      },
      signedInContext(run),
    );

/** A POST that needs no session (signing in or out), with the same checks otherwise. */
export const openStaffAction =
  (run: (context: OpenActionContext) => Promise<Response>) => (request: Request) =>
    handle(request, { post: true, signedIn: false, failure: saveFailed }, ({ form, ...rest }) =>
      run({ ...rest, form: form ?? new URLSearchParams() }),
    );

/** A GET of staff data (it changes nothing, so it needs a session but no form). */
export const staffDownload =
  (run: (context: StaffDownloadContext) => Promise<Response>) => (request: Request) =>
    handle(
      request,
      {
        post: false,
        signedIn: true,
        failure: "The leads could not be read just now. Nothing changed; try again in a minute.",
      },
      ({ staff, ...rest }) => run({ ...rest, staff: staff ?? "" }),
    );
