import "server-only";
// GET /admin/leads.csv?…: the inbox's current filter as CSV, escaped for spreadsheets like
// `npm run leads:export`. A GET (it changes nothing), so it needs a session but no form.
import { staffDownload } from "@/lib/auth";
import { getConfig } from "@/lib/config";
import { privateHeaders } from "@/lib/http/private-headers";
import { leadsToCsv } from "../csv";
import { inboxRows } from "../store";
import { inboxFilter, parseInboxQuery } from "./inbox-query";

export const downloadInboxCsv = staffDownload(async ({ db, now, request }) => {
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const rows = await inboxRows(db, inboxFilter(query, getConfig().STAFF_TIME_ZONE));
  const day = now.toISOString().slice(0, 10);
  return new Response(leadsToCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="altus-leads-${day}.csv"`,
      ...privateHeaders,
    },
  });
});
