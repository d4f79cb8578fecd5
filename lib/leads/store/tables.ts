import "server-only";
// The lead database's tables as TypeScript sees them; migrations.ts creates them.
import type { Generated } from "kysely";

export type LeadRow = {
  id: string;
  created_at: string;
  name: string;
  email: string;
  phone: string | null;
  goals: string;
  training: string | null;
  limitations: string | null;
  contact_method: string;
  message: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  referrer: string | null;
  landing_page: string | null;
};

/** How a lead leaves the database: staff e-mail, or a POST to the business's own system. */
export type Channel = "mail" | "webhook";

export type LeadDatabase = {
  leads: LeadRow;
  spam_leads: LeadRow & { spam_reason: string };
  outbox: {
    id: Generated<number>;
    lead_id: string;
    channel: Generated<Channel>;
    created_at: string;
    attempts: number;
    next_attempt_at: string;
    claimed_until: string | null;
    claim_token: string | null;
    sent_at: string | null;
    last_error: string | null;
  };
  /** Values every instance must agree on, such as the generated form-token secret. */
  settings: { name: string; value: string };
  /** One row per accepted post in the last minute, so the rate limit spans every instance. */
  rate_hits: { id: string; client: string; at: string };
};
