import { serializeJsonLd } from "@/lib/seo";

/** Structured data for search engines; a data block, never run as a script. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
