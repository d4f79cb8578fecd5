import { getConfig } from "@/lib/config";
import { getArticles } from "@/lib/content";
import { articleFeed, articleFeedXml } from "@/lib/seo";

// Written once at build time, like the pages it lists.
export const dynamic = "force-static";

export async function GET() {
  return new Response(articleFeedXml(getConfig().SITE_URL, await getArticles()), {
    headers: { "content-type": articleFeed.contentType },
  });
}
