import "server-only";
// GET /admin/leads.csv?…: the inbox's current filter as CSV, escaped for spreadsheets like
// `npm run leads:export`. A GET (it changes nothing), so it needs a session but no form.
import { getConfig } from "@/lib/config";
import { leadsToCsv } from "../csv";
import { inboxRows } from "../store";
import { staffRequest } from "@/lib/auth";
import { privateHeaders } from "@/lib/http/private-headers";
import { inboxFilter, parseInboxQuery } from "./inbox-query";

export async function downloadInboxCsv(request: Request): Promise<Response> {
  const sender = await staffRequest(request, { post: false });
  if (sender instanceof Response) return sender;
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const rows = await inboxRows(sender.db, inboxFilter(query, getConfig().STAFF_TIME_ZONE));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(leadsToCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="altus-leads-${day}.csv"`,
      ...privateHeaders,
    },
  });
}
