import { followTrackedLink } from "@/lib/campaigns/go-route";

export const dynamic = "force-dynamic";
export const GET = followTrackedLink;
export const HEAD = followTrackedLink;
