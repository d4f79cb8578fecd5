// Words staff read for stored values: goals, contact method, status, where a lead came from.
import { getFormWords } from "@/lib/content";
import { choiceLabel, goalValues } from "../fields";
import { storedGoals, type LeadStatus } from "../store";

export const goalsLabel = (goals: string) =>
  storedGoals(goals)
    .map((goal) => choiceLabel(getFormWords().goals, goal))
    .join(", ");

export const contactMethodLabel = (method: string) =>
  choiceLabel(getFormWords().contactMethods, method);

/** The goals in the form's order with the labels the form shows, for the inbox's filter. */
export const goalChoices = () =>
  goalValues.map((value) => ({ value, label: choiceLabel(getFormWords().goals, value) }));

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
