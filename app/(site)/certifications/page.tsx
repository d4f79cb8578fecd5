import type { Metadata } from "next";
import Link from "next/link";
import { EntryList } from "@/components/entry-list";
import { ComparisonTable } from "@/components/comparison-table";
import { getCertifications, getPageWords } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export function generateMetadata(): Metadata {
  const { title, description } = getPageWords("certifications");
  return pageMetadata({ title, description, path: "/certifications" });
}

export default async function CertificationsPage() {
  const certifications = await getCertifications();
  const page = getPageWords("certifications");
  const { columns } = page;
  return (
    <div className="max-w-page mx-auto px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">{page.title}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="text-ink-soft mt-4 max-w-prose text-xl">
          {paragraph}
        </p>
      ))}
      <ComparisonTable caption={page.tableCaption}>
        <thead>
          <tr>
            {[
              columns.certification,
              columns.issuer,
              columns.prerequisite,
              columns.focus,
              columns.suitedTo,
            ].map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {certifications.map(({ slug, route, frontmatter }) => (
            <tr key={slug}>
              <th scope="row">
                <Link href={route} className="text-brand-700 underline underline-offset-4">
                  {frontmatter.title}
                </Link>
              </th>
              <td>{frontmatter.issuer}</td>
              <td>{frontmatter.prerequisite}</td>
              <td>{frontmatter.focus}</td>
              <td>{frontmatter.suitedTo}</td>
            </tr>
          ))}
        </tbody>
      </ComparisonTable>
      <EntryList entries={certifications} className="md:grid-cols-3" />
    </div>
  );
}
