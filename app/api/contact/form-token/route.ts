import { handleFormTokenRenewal } from "@/lib/leads/server";

export const dynamic = "force-dynamic";

// The contact form, brought back into view after a day, asks here for a token still good.
export const GET = handleFormTokenRenewal;
