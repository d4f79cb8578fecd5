import type { CampaignFormValues } from "@/lib/campaigns";

/** What stopped the link, each message a link to its field, as the field shows it too. */
export function CampaignErrors({ errors }: { errors: CampaignFormValues }) {
  const problems = Object.entries(errors).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return (
    <div role="alert" className="border-accent mt-4 rounded-md border-2 p-4">
      <p className="font-semibold">The link was not made. Fix this, then press “Make the link”:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`} className="text-brand-800 underline underline-offset-4">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
