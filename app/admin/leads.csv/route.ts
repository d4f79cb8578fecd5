import { downloadInboxCsv } from "@/lib/leads/staff/csv-download";

export const dynamic = "force-dynamic";
export const GET = downloadInboxCsv;
