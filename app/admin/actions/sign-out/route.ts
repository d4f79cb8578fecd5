import { signOutAction } from "@/lib/leads/staff/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = signOutAction;
