import type { Metadata } from "next";
import { ButtonLink } from "@/components/button-link";
import { LinkedText } from "@/components/linked-text";
import { SectionHeading } from "@/components/section-heading";
import { getHome, getSite } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export function generateMetadata(): Metadata {
  const home = getHome();
  return pageMetadata({
    title: `${getSite().name}: ${home.title}`,
    absoluteTitle: true,
    description: home.description,
    path: "/",
  });
}

const heading = "text-3xl font-bold tracking-tight";

export default function HomePage() {
  const home = getHome();
  const aliases = Object.entries(home.anchorAliases ?? {});
  /** A home section's linkable heading, with the old ids that still land on it. */
  const sectionHeading = (section: { id: string; heading: string }, className = heading) => (
    <SectionHeading
      level={2}
      id={section.id}
      aliases={aliases.filter(([, current]) => current === section.id).map(([old]) => old)}
      className={className}
    >
      {section.heading}
    </SectionHeading>
  );
  return (
    <>
      <section className="bg-brand-900 text-white">
        <div className="max-w-page mx-auto px-4 py-16 sm:px-6 sm:py-24">
          <h1 className="max-w-3xl text-4xl font-extrabold tracking-tight text-balance sm:text-6xl">
            {home.title}
          </h1>
          {home.intro.map((line) => (
            <p key={line} className="text-brand-50 mt-6 max-w-prose text-lg sm:text-xl">
              {line}
            </p>
          ))}
          <p className="mt-10 flex flex-wrap gap-4">
            <ButtonLink href={home.callToAction.href} variant="inverse">
              {home.callToAction.label}
            </ButtonLink>
            <ButtonLink href={home.articleLink.href} variant="outlineInverse">
              {home.articleLink.label}
            </ButtonLink>
          </p>
        </div>
      </section>

      <section aria-labelledby={home.meaning.id} className="max-w-page mx-auto px-4 py-16 sm:px-6">
        {sectionHeading(home.meaning)}
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {home.meaning.cards.map((card) => (
            <li key={card.title} className="border-brand-100 bg-paper-warm rounded-lg border p-6">
              <h3 className="text-brand-800 text-xl font-semibold">{card.title}</h3>
              <p className="text-ink-soft mt-3">{card.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={home.promises.id} className="bg-brand-50">
        <div className="max-w-page mx-auto px-4 py-16 sm:px-6">
          {sectionHeading(home.promises)}
          <p className="text-ink-soft mt-4 max-w-prose text-lg">
            <LinkedText text={home.promises.text} />
          </p>
          <ul className="mt-8 grid gap-4 md:grid-cols-3">
            {home.promises.pairs.map((pair) => (
              <li key={pair.coach} className="bg-paper rounded-lg p-6 shadow-sm">
                <p className="text-ink-soft">{pair.trainer}</p>
                <p className="text-brand-800 mt-2 text-xl font-bold">{pair.coach}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section
        aria-labelledby={home.call.id}
        className="max-w-page mx-auto px-4 py-16 text-center sm:px-6"
      >
        {sectionHeading(home.call, `${heading} justify-center`)}
        <p className="text-ink-soft mx-auto mt-4 max-w-prose text-lg">{home.call.text}</p>
        <p className="mt-8">
          <ButtonLink href={home.callToAction.href}>{home.callToAction.label}</ButtonLink>
        </p>
      </section>
    </>
  );
}
