// npm run leads:export > leads.csv — every real (non-spam) lead in the lead database as CSV for staff.
import "./load-env";
import { getConfig } from "@/lib/config";
import { dbLocation, openDb } from "@/lib/db";
import { leadsToCsv, listLeads } from "@/lib/leads/server";
import { onClosedPipe } from "./closed-pipe";

onClosedPipe("leads:export: the output was closed before every lead was written");

const config = getConfig();
const db = await openDb(dbLocation(config));
try {
  process.stdout.write(leadsToCsv(await listLeads(db)));
} finally {
  await db.destroy();
}
