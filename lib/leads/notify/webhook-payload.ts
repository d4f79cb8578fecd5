import "server-only";
// The JSON a webhook receives for a lead: the id the prospect's 201 answer gave, and every
// field in the names the form's JSON uses.
import { storedGoals, type LeadRow } from "../store";

export function webhookPayload(lead: LeadRow) {
  return {
    event: "lead.created",
    id: lead.id,
    createdAt: lead.created_at,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    goals: storedGoals(lead.goals),
    training: lead.training,
    limitations: lead.limitations,
    contactMethod: lead.contact_method,
    message: lead.message,
    attribution: {
      utmSource: lead.utm_source,
      utmMedium: lead.utm_medium,
      utmCampaign: lead.utm_campaign,
      utmTerm: lead.utm_term,
      utmContent: lead.utm_content,
      referrer: lead.referrer,
      landingPage: lead.landing_page,
      trackedLink: lead.tracked_link,
    },
  };
}
