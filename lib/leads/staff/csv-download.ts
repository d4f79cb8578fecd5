import "server-only";
// GET /admin/leads.csv?…: the inbox's current filter as CSV, escaped for spreadsheets like
// `npm run leads:export`. A GET (it changes nothing), so it needs a session but no form.
import { getConfig } from "@/lib/config";
import { leadsToCsv } from "../csv";
import { getLeadIntake } from "../intake/process-intake";
import { inboxRows } from "../store";
import { sessionToken, staffAccess } from "./access";
import { inboxFilter, parseInboxQuery } from "./inbox-query";
import { seeOther, staffProblem } from "./responses";
import { sessionCookie } from "./sessions";

export async function downloadInboxCsv(request: Request): Promise<Response> {
  const token = sessionToken(request.headers.get("cookie"), sessionCookie);
  const access = await staffAccess(token).catch(() => undefined);
  if (!access)
    return staffProblem(503, "The lead database is not answering. Try again in a minute.");
  if (access.kind === "off") return new Response("Not found", { status: 404 });
  if (access.kind === "signed-out") return seeOther("/admin/sign-in");
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const { db } = await getLeadIntake();
  const rows = await inboxRows(db, inboxFilter(query, getConfig().STAFF_TIME_ZONE));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(leadsToCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="altus-leads-${day}.csv"`,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
