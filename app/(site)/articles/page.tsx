import type { Metadata } from "next";
import { EntryList } from "@/components/entry-list";
import { getArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Articles",
  description:
    "Articles from Altus on what coaching means and how it differs from personal training.",
  path: "/articles",
});

export default async function ArticlesPage() {
  const articles = await getArticles();
  return (
    <div className="max-w-page mx-auto px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">Articles</h1>
      <EntryList entries={articles} className="md:grid-cols-2" />
    </div>
  );
}
