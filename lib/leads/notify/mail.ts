import "server-only";
// The e-mail staff receive for a new lead: plain text, so nothing a prospect typed can
// become markup; the prospect's address goes in Reply-To so staff can answer directly.
import { storedGoals, type LeadRow } from "../store";
import { getFormWords } from "@/lib/content";
import { choiceLabel } from "../fields";

export type LeadMail = { subject: string; text: string; replyTo: string };

export function composeLeadMail(lead: LeadRow): LeadMail {
  const words = getFormWords();
  const lines: [string, string | null][] = [
    [words.labels.name, lead.name],
    [words.labels.email, lead.email],
    ["Phone", lead.phone],
    [
      "Goals",
      storedGoals(lead.goals)
        .map((goal) => choiceLabel(words.goals, goal))
        .join(", "),
    ],
    ["Current training", lead.training],
    ["Injuries or limitations", lead.limitations],
    ["Preferred contact", choiceLabel(words.contactMethods, lead.contact_method)],
    ["Message", lead.message],
    ["Came from", [lead.landing_page, lead.referrer].filter(Boolean).join(" ← ") || null],
    [
      "Campaign",
      [lead.utm_source, lead.utm_medium, lead.utm_campaign, lead.utm_term, lead.utm_content]
        .filter(Boolean)
        .join(" / ") || null,
    ],
  ];
  const body = lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([label, value]) => `${label}:\n  ${value.replace(/\r?\n/g, "\n  ")}`)
    .join("\n\n");
  return {
    subject: `New coaching enquiry from ${lead.name}`,
    text: `A prospect sent the intake form on the Altus website.\n\n${body}\n\nReceived: ${lead.created_at}\nLead id: ${lead.id}\n`,
    replyTo: lead.email,
  };
}
