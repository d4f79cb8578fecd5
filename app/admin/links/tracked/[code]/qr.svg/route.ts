import { qrDownload } from "@/lib/campaigns/staff-actions";

export const dynamic = "force-dynamic";
export const GET = qrDownload("svg");
