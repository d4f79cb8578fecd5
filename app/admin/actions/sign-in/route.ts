import { signInAction } from "@/lib/auth/sign-in-action";

export const dynamic = "force-dynamic";
export const POST = signInAction;
