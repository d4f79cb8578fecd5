import { describe, expect, it } from "vitest";
import {
  articleJsonLd,
  breadcrumbJsonLd,
  organizationJsonLd,
  pageMetadata,
  serializeJsonLd,
} from "@/lib/seo";

describe("structured data", () => {
  it("cannot be closed early by text inside it", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });

  it("names the organization by name and address only", () => {
    expect(organizationJsonLd("https://altus.example")).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Altus",
      url: "https://altus.example/",
    });
  });

  it("dates an article and names Altus as its publisher", () => {
    const article = articleJsonLd("https://altus.example", {
      title: "T",
      description: "D",
      path: "/articles/t",
      published: "2026-11-25",
    });
    expect(article).toMatchObject({
      headline: "T",
      datePublished: "2026-11-25",
      dateModified: "2026-11-25",
      publisher: { name: "Altus" },
    });
  });

  it("numbers breadcrumbs from the home page down", () => {
    const crumbs = breadcrumbJsonLd("https://altus.example", [
      { name: "Home", path: "/" },
      { name: "Certifications", path: "/certifications" },
    ]);
    expect(crumbs.itemListElement.map((item) => [item.position, item.item])).toEqual([
      [1, "https://altus.example/"],
      [2, "https://altus.example/certifications"],
    ]);
  });

  it("gives a page its canonical path and sharing cards", () => {
    const metadata = pageMetadata({
      title: "Certifications",
      description: "D",
      path: "/certifications",
    });
    expect(metadata.alternates?.canonical).toBe("/certifications");
    expect(metadata.openGraph).toMatchObject({ url: "/certifications", type: "website" });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("points the page at the article feed for feed readers' autodiscovery", () => {
    const metadata = pageMetadata({ title: "Contact", description: "D", path: "/contact" });
    expect(metadata.alternates?.types).toEqual({
      "application/atom+xml": [{ url: "/articles/feed.xml", title: "Altus articles" }],
    });
  });
});
