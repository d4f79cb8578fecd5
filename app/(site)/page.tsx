import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/button-link";
import { home } from "@/content/home";
import { siteName } from "@/content/site";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: `${siteName}: ${home.title}`,
  absoluteTitle: true,
  description: home.description,
  path: "/",
});

export default function HomePage() {
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
            <ButtonLink href={home.callHref} variant="inverse">
              {home.callLabel}
            </ButtonLink>
            <ButtonLink href={home.articleHref} variant="outlineInverse">
              {home.articleLabel}
            </ButtonLink>
          </p>
        </div>
      </section>

      <section aria-labelledby="meaning" className="max-w-page mx-auto px-4 py-16 sm:px-6">
        <h2 id="meaning" className="text-3xl font-bold tracking-tight">
          {home.meaningHeading}
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {home.meaning.map((item) => (
            <li key={item.title} className="border-brand-100 bg-paper-warm rounded-lg border p-6">
              <h3 className="text-brand-800 text-xl font-semibold">{item.title}</h3>
              <p className="text-ink-soft mt-3">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="promises" className="bg-brand-50">
        <div className="max-w-page mx-auto px-4 py-16 sm:px-6">
          <h2 id="promises" className="text-3xl font-bold tracking-tight">
            {home.promisesHeading}
          </h2>
          <p className="text-ink-soft mt-4 max-w-prose text-lg">
            Read the whole comparison in{" "}
            <Link
              href={home.articleHref}
              className="text-brand-800 font-semibold underline underline-offset-4"
            >
              {home.articleLabel}
            </Link>
            , or see{" "}
            <Link
              href={home.certificationsHref}
              className="text-brand-800 font-semibold underline underline-offset-4"
            >
              {home.certificationsLabel.toLowerCase()}
            </Link>
            .
          </p>
          <ul className="mt-8 grid gap-4 md:grid-cols-3">
            {home.promises.map((promise) => (
              <li key={promise.coach} className="bg-paper rounded-lg p-6 shadow-sm">
                <p className="text-ink-soft">{promise.trainer}</p>
                <p className="text-brand-800 mt-2 text-xl font-bold">{promise.coach}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="call" className="max-w-page mx-auto px-4 py-16 text-center sm:px-6">
        <h2 id="call" className="text-3xl font-bold tracking-tight">
          {home.callHeading}
        </h2>
        <p className="text-ink-soft mx-auto mt-4 max-w-prose text-lg">{home.callText}</p>
        <p className="mt-8">
          <ButtonLink href={home.callHref}>{home.callLabel}</ButtonLink>
        </p>
      </section>
    </>
  );
}
