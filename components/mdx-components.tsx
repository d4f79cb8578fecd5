import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";
import { ButtonLink } from "@/components/button-link";
import { ComparisonTable } from "@/components/comparison-table";
import { SectionHeading } from "@/components/section-heading";

type Options = { aliasesOf: (id: string | undefined) => readonly string[] };

function ContentLink({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  const className = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900";
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <Link href={href} className={className} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={className} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

/** The one mapping from Markdown elements to the site's typography and components. */
export function mdxComponents({ aliasesOf }: Options): MDXComponents {
  return {
    h2: ({ id, children }: ComponentPropsWithoutRef<"h2">) => (
      <SectionHeading level={2} id={id} aliases={aliasesOf(id)}>
        {children}
      </SectionHeading>
    ),
    h3: ({ id, children }: ComponentPropsWithoutRef<"h3">) => (
      <SectionHeading level={3} id={id} aliases={aliasesOf(id)}>
        {children}
      </SectionHeading>
    ),
    p: (props: ComponentPropsWithoutRef<"p">) => (
      <p className="text-ink mt-5 text-lg leading-relaxed" {...props} />
    ),
    a: ContentLink,
    ul: (props: ComponentPropsWithoutRef<"ul">) => (
      <ul className="marker:text-brand-600 mt-5 list-disc space-y-2 pl-6 text-lg" {...props} />
    ),
    ol: (props: ComponentPropsWithoutRef<"ol">) => (
      <ol className="mt-5 list-decimal space-y-2 pl-6 text-lg" {...props} />
    ),
    li: (props: ComponentPropsWithoutRef<"li">) => (
      <li className="pl-1 leading-relaxed" {...props} />
    ),
    strong: (props: ComponentPropsWithoutRef<"strong">) => (
      <strong className="text-ink font-semibold" {...props} />
    ),
    blockquote: (props: ComponentPropsWithoutRef<"blockquote">) => (
      <aside
        className="border-brand-600 bg-brand-50 mt-6 rounded-lg border-l-4 px-5 py-1"
        {...props}
      />
    ),
    table: ({
      children,
      ...props
    }: ComponentPropsWithoutRef<"table"> & { "data-caption"?: string }) => (
      <ComparisonTable caption={props["data-caption"] ?? "Comparison"}>{children}</ComparisonTable>
    ),
    // Content may name a component only once lib/content/mdx-safety.ts lists it.
    CallToAction: ({ href, children }: { href: string; children: React.ReactNode }) => (
      <p className="mt-8">
        <ButtonLink href={href}>{children}</ButtonLink>
      </p>
    ),
  };
}
