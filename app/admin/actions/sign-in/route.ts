import { signInAction } from "@/lib/leads/staff/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = signInAction;
