import { TargetOptions } from "./target-options";
import type { CampaignFormState, LinkGroup, UtmField } from "@/lib/campaigns";
import { CampaignErrors } from "./campaign-errors";
import { CampaignField, campaignFieldClass } from "./campaign-field";
import { CampaignLinkResult } from "./campaign-link-result";

const fields: { name: UtmField; label: string; hint: string; required: boolean }[] = [
  {
    name: "utm_source",
    label: "Source",
    hint: "where the link is posted, such as newsletter or instagram.",
    required: true,
  },
  {
    name: "utm_medium",
    label: "Medium",
    hint: "the kind of channel, such as email, social or cpc.",
    required: true,
  },
  {
    name: "utm_campaign",
    label: "Campaign name",
    hint: "the offer or push it belongs to, such as spring-offer.",
    required: true,
  },
  { name: "utm_term", label: "Term", hint: "the paid-search keyword, if any.", required: false },
  {
    name: "utm_content",
    label: "Content",
    hint: "tells two links of one campaign apart, such as banner or text-link.",
    required: false,
  },
];

type Props = {
  groups: LinkGroup[];
  state: CampaignFormState;
  suggestions: Map<UtmField, string[]>;
};

/** A GET form, so it works without JavaScript; the link or what to fix shows above it. */
export function CampaignLinkForm({ groups, state, suggestions }: Props) {
  const errors = state.kind === "invalid" ? state.errors : {};
  return (
    <section aria-labelledby="build" className="mt-8">
      <h2 id="build" className="text-xl font-bold">
        Build a campaign link
      </h2>
      {state.kind === "built" && <CampaignLinkResult link={state.link} values={state.values} />}
      {state.kind === "invalid" && <CampaignErrors errors={state.errors} />}
      {/* Keyed on the query: a new query (a section's "Make a campaign link") refills it. */}
      <form
        key={JSON.stringify(state.values)}
        method="get"
        action="/admin/links#build"
        className="bg-paper-warm mt-4 grid gap-5 rounded-lg p-4 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <label htmlFor="target" className="block font-semibold">
            Page or section the link opens
          </label>
          {errors.target && (
            <p id="target-error" className="text-accent mt-1 font-medium">
              {errors.target}
            </p>
          )}
          <select
            id="target"
            name="target"
            required
            defaultValue={state.values.target ?? ""}
            aria-invalid={errors.target ? true : undefined}
            aria-describedby={errors.target ? "target-error" : undefined}
            className={campaignFieldClass}
          >
            <option value="">Choose a page or section</option>
            <TargetOptions groups={groups} />
          </select>
        </div>
        {fields.map((field) => (
          <CampaignField
            key={field.name}
            {...field}
            value={state.values[field.name]}
            error={errors[field.name]}
            suggestions={suggestions.get(field.name) ?? []}
          />
        ))}
        <div className="sm:col-span-2">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-6 py-3 font-semibold text-white"
          >
            Make the link
          </button>
        </div>
      </form>
    </section>
  );
}
