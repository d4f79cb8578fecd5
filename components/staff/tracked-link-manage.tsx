import { TargetOptions } from "./target-options";
import type { LinkGroup } from "@/lib/campaigns";
import type { TrackedLinkStats } from "@/lib/campaigns/server";
import { campaignFieldClass } from "./campaign-field";

type Props = { link: TrackedLinkStats; groups: LinkGroup[]; siteUrl: string };

const button =
  "bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-5 py-2 font-semibold text-white";

/** The QR code to download, a new destination, and archiving: all plain forms and links. */
export function TrackedLinkManage({ link, groups, siteUrl }: Props) {
  const qr = `/admin/links/tracked/${link.code}/qr`;
  return (
    <>
      <section aria-labelledby="qr">
        <h2 id="qr" className="text-xl font-bold">
          QR code for print
        </h2>
        <p className="text-ink-soft mt-1 max-w-prose">
          It holds the short address, so a reprint is never needed when the destination changes.
          Scans are counted as QR scans.
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a staff-only, uncached image */}
        <img
          src={`${qr}.svg`}
          alt={`QR code for ${siteUrl}/go/${link.code}`}
          width={160}
          height={160}
          className="mt-3 border"
        />
        <ul className="mt-3 flex flex-wrap gap-4">
          <li>
            <a href={`${qr}.png`} className="text-brand-800 underline underline-offset-4">
              Download PNG (for print)
            </a>
          </li>
          <li>
            <a href={`${qr}.svg`} className="text-brand-800 underline underline-offset-4">
              Download SVG (any size)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="retarget">
        <h2 id="retarget" className="text-xl font-bold">
          Send it somewhere else
        </h2>
        <form method="post" action="/admin/actions/tracked-link-target" className="mt-3">
          <input type="hidden" name="code" value={link.code} />
          <label htmlFor="target" className="block font-semibold">
            Page or section it opens
          </label>
          <div className="mt-1 flex flex-wrap items-end gap-3">
            <select
              id="target"
              name="target"
              defaultValue={`${siteUrl}${link.target}`}
              className={`${campaignFieldClass} max-w-md`}
            >
              <TargetOptions groups={groups} />
            </select>
            <button type="submit" className={button}>
              Change destination
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="archive">
        <h2 id="archive" className="text-xl font-bold">
          {link.archived_at ? "Restore" : "Archive"}
        </h2>
        <p className="text-ink-soft mt-1 max-w-prose">
          A tracked link is never deleted, so nothing printed ever breaks. Archiving takes it off
          the list; it keeps redirecting and counting.
        </p>
        <form method="post" action="/admin/actions/tracked-link-archive" className="mt-3">
          <input type="hidden" name="code" value={link.code} />
          <input type="hidden" name="archived" value={link.archived_at ? "0" : "1"} />
          <button type="submit" className={button}>
            {link.archived_at ? "Restore to the list" : "Archive this link"}
          </button>
        </form>
      </section>
    </>
  );
}
