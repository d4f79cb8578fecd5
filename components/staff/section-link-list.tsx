import Link from "next/link";
import type { LinkGroup } from "@/lib/campaigns";
import { SectionLinkCopy } from "./section-link-copy";

/**
 * Every page and section to link to, one stacked list per page: on a phone nothing is wider
 * than the screen, as long addresses wrap anywhere.
 */
export function SectionLinkList({ groups }: { groups: LinkGroup[] }) {
  return (
    <section aria-label="Pages and sections" className="mt-12">
      <p className="text-ink-soft max-w-prose">
        Every published page and section, with its address to share as it is, or to start a campaign
        link from.
      </p>
      {groups.map((group, index) => (
        <section key={index} aria-labelledby={`page-${index}`} className="mt-8">
          <h2 id={`page-${index}`} className="text-xl font-bold">
            {group.title}
          </h2>
          <ul className="divide-brand-100 border-brand-100 mt-3 divide-y rounded-lg border">
            {group.targets.map((target) => (
              <li
                key={target.url}
                className={target.level === "subsection" ? "py-4 pr-4 pl-8" : "p-4"}
              >
                <p className="font-semibold break-words">
                  {target.level === "subsection" && <span className="sr-only">Subsection: </span>}
                  {target.title}
                </p>
                <p className="text-ink-soft mt-1 text-sm break-all">{target.url}</p>
                <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
                  <SectionLinkCopy url={target.url} name={target.name} />
                  <Link
                    href={`/admin/links?${new URLSearchParams({ target: target.url })}#build`}
                    className="text-brand-800 font-semibold underline underline-offset-4"
                  >
                    Make a campaign link<span className="sr-only">: {target.name}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
