import "server-only";
// The database's tables as TypeScript sees them (leads and staff accounts); migrations.ts creates them.
import type { Generated } from "kysely";

/** Where staff are with a lead: new → contacted → won, lost or closed. */
export const leadStatuses = ["new", "contacted", "won", "lost", "closed"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** A lead as the prospect sent it; `status` is added by staff work (see DbTables). */
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
  /** The code of the tracked link (/go/<code>) the visit began with, if any. */
  tracked_link: string | null;
};

/** How a lead leaves the database: staff e-mail, or a POST to the business's own system. */
export type Channel = "mail" | "webhook";

/** A lead as read back: what the prospect sent and the status staff gave it. */
export type StoredLead = LeadRow & { status: LeadStatus };

/** An owner manages the team; staff work the leads. */
export const staffRoles = ["owner", "staff"] as const;
export type StaffRole = (typeof staffRoles)[number];
export type StaffTokenPurpose = "invite" | "reset";

export type StaffSessionRow = {
  token_hash: string;
  email: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
};

type StaffRecord = { id: Generated<number>; lead_id: string; at: string; staff_email: string };

export type DbTables = {
  leads: LeadRow & { status: Generated<LeadStatus> };
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
  /** The submission each form token was first sent with (the token kept as a hash), for a day. */
  form_token_uses: { token_hash: string; submission_id: string; used_at: string };
  staff_users: {
    email: string;
    password_hash: string;
    created_at: string;
    role: Generated<StaffRole>;
    last_sign_in_at: string | null;
  };
  /** One-time links: invitations (with the role offered) and password resets. */
  staff_tokens: {
    token_hash: string;
    purpose: StaffTokenPurpose;
    email: string;
    role: StaffRole | null;
    created_at: string;
    created_by: string | null;
    expires_at: string;
    used_at: string | null;
    revoked_at: string | null;
  };
  password_reset_requests: { id: string; key: string; at: string };
  staff_audit: {
    id: Generated<number>;
    at: string;
    event: string;
    account: string | null;
    actor: string | null;
    address: string | null;
    detail: string | null;
  };
  staff_passkeys: {
    credential_id: string;
    email: string;
    name: string;
    public_key: string;
    counter: number;
    transports: string | null;
    created_at: string;
    last_used_at: string | null;
  };
  passkey_challenges: {
    challenge: string;
    purpose: string;
    email: string | null;
    expires_at: string;
  };
  staff_sessions: StaffSessionRow;
  sign_in_failures: { id: string; key: string; at: string };
  lead_events: StaffRecord & { from_status: string; to_status: string };
  lead_notes: StaffRecord & { body: string };
  /** One line per lead deleted on request: no personal data, only who, when and which id. */
  lead_deletions: StaffRecord;
  tracked_links: TrackedLinkRow;
  tracked_link_changes: {
    id: Generated<number>;
    code: string;
    at: string;
    staff_email: string;
    from_target: string;
    to_target: string;
  };
  link_clicks: { id: Generated<number>; code: string; target: string; at: string; qr: number };
  link_recent_visitors: { code: string; visitor: string; at: string };
};

/** A short link marketing prints; `target` is a path on this site with its #section, if any. */
export type TrackedLinkRow = {
  code: string;
  target: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  utm_term: string | null;
  utm_content: string | null;
  created_at: string;
  created_by: string;
  archived_at: string | null;
};
