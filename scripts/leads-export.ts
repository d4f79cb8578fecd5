// npm run leads:export > leads.csv — every real (non-spam) lead in LEADS_DB as CSV for staff.
import { getConfig } from "@/lib/config";
import { leadsToCsv, listLeads, openLeadDb } from "@/lib/leads/server";
import { onClosedPipe } from "./closed-pipe";

onClosedPipe("leads:export: the output was closed before every lead was written");

const config = getConfig();
const db = await openLeadDb(config.LEADS_DB);
try {
  process.stdout.write(leadsToCsv(await listLeads(db)));
} finally {
  await db.destroy();
}
