import type { Metadata } from "next";
import { EntryList } from "@/components/entry-list";
import { getArticles, getPageWords } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export function generateMetadata(): Metadata {
  const { title, description } = getPageWords("articles");
  return pageMetadata({ title, description, path: "/articles" });
}

export default async function ArticlesPage() {
  const articles = await getArticles();
  const page = getPageWords("articles");
  return (
    <div className="max-w-page mx-auto px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{page.title}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="text-ink-soft mt-4 max-w-prose text-xl">
          {paragraph}
        </p>
      ))}
      <EntryList entries={articles} className="md:grid-cols-2" />
    </div>
  );
}
