import type { Metadata } from "next";
import Link from "next/link";
import { EntryList } from "@/components/entry-list";
import { ComparisonTable } from "@/components/comparison-table";
import { getCertifications } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Certifications",
  description:
    "The certification paths behind personal training and coaching, compared: who issues each, what it requires, what it covers and who it suits.",
  path: "/certifications",
});

const columns = ["Issuer", "Prerequisite", "Focus", "Suited to"] as const;

export default async function CertificationsPage() {
  const certifications = await getCertifications();
  return (
    <div className="max-w-page mx-auto px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">Certifications</h1>
      <p className="text-ink-soft mt-4 max-w-prose text-xl">
        Both personal trainers and coaches need knowledge of exercise science, but the depth of
        knowledge required for true coaching is significantly higher. These are the paths, compared.
      </p>
      <ComparisonTable caption="Certification paths compared">
        <thead>
          <tr>
            <th scope="col">Certification</th>
            {columns.map((column) => (
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
