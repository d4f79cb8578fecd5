import type { CampaignFormValues } from "@/lib/campaigns";
import { SectionLinkCopy } from "./section-link-copy";
import { TrackedLinkCreate } from "./tracked-link-create";

/** The finished link: wrapped text anyone can select, and a copy button once JavaScript runs. */
export function CampaignLinkResult({ link, values }: { link: string; values: CampaignFormValues }) {
  return (
    <div className="border-brand-700 bg-brand-50 mt-4 rounded-lg border-2 p-4">
      <p id="campaign-link-label" className="font-semibold">
        Your campaign link
      </p>
      <output
        aria-labelledby="campaign-link-label"
        className="text-ink mt-1 block font-mono text-sm break-all"
      >
        {link}
      </output>
      <div className="mt-3">
        <SectionLinkCopy url={link} name="your campaign link" />
      </div>
      <TrackedLinkCreate values={values} />
    </div>
  );
}
