// Words staff read for stored values: goals, contact method, status, where a lead came from.
import { contactMethodOptions, goalOptions } from "../fields";
import { storedGoals, type LeadStatus } from "../store";

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

export const goalsLabel = (goals: string) =>
  storedGoals(goals)
    .map((goal) => labelOf(goalOptions, goal))
    .join(", ");

export const contactMethodLabel = (method: string) => labelOf(contactMethodOptions, method);

export const statusLabels: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  won: "Won",
  lost: "Lost",
  closed: "Closed",
};

/** A stored status in words; an unknown one (from a newer version) as it is. */
export const statusLabel = (status: string) =>
  Object.entries(statusLabels).find(([value]) => value === status)?.[1] ?? status;

/** "newsletter / email / spring" or undefined: the campaign a lead came from. */
export function campaignLabel(lead: {
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
}): string | undefined {
  return (
    [lead.utm_source, lead.utm_medium, lead.utm_campaign].filter(Boolean).join(" / ") || undefined
  );
}
