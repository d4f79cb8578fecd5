import { utmFields, type CampaignFormValues } from "@/lib/campaigns";
import { campaignFieldClass } from "./campaign-field";

/**
 * Turns the link just built into a tracked short link (/go/<code>): the same page and UTM
 * values, sent again as hidden fields and checked again on the server.
 */
export function TrackedLinkCreate({ values }: { values: CampaignFormValues }) {
  return (
    <form
      method="post"
      action="/admin/actions/tracked-link"
      className="border-brand-100 mt-4 border-t pt-4"
    >
      <h3 className="font-bold">Track it with a short link</h3>
      <p className="text-ink-soft mt-1 text-sm">
        A short address on this site, such as /go/spring-flyer, that counts its clicks and has a QR
        code for print. It always lands: it can be archived or pointed elsewhere, never deleted.
      </p>
      <input type="hidden" name="target" value={values.target ?? ""} />
      {utmFields.map((field) => (
        <input key={field} type="hidden" name={field} value={values[field] ?? ""} />
      ))}
      <label htmlFor="code" className="mt-3 block font-semibold">
        Short code (optional)
      </label>
      <p id="code-hint" className="text-ink-soft text-sm">
        Letters, the digits 2 to 9 and hyphens, such as spring-flyer. Leave it empty for a generated
        one.
      </p>
      <div className="mt-1 flex flex-wrap items-end gap-3">
        <input
          id="code"
          name="code"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="code-hint"
          className={`${campaignFieldClass} max-w-xs`}
        />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-5 py-2 font-semibold text-white"
        >
          Make a tracked link
        </button>
      </div>
    </form>
  );
}
