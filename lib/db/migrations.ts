import "server-only";
// Versioned schema changes, applied in name order by Kysely's Migrator. Never edit a
// published migration: add the next one.
import { sql, type Kysely, type Migration } from "kysely";
import { autoNumberedKey } from "./dialect";

async function createLeadTable(db: Kysely<unknown>, table: "leads" | "spam_leads") {
  let builder = db.schema
    .createTable(table)
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("email", "text", (column) => column.notNull())
    .addColumn("phone", "text")
    .addColumn("goals", "text", (column) => column.notNull())
    .addColumn("training", "text")
    .addColumn("limitations", "text")
    .addColumn("contact_method", "text", (column) => column.notNull())
    .addColumn("message", "text");
  for (const column of [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "referrer",
    "landing_page",
  ]) {
    builder = builder.addColumn(column, "text");
  }
  if (table === "spam_leads")
    builder = builder.addColumn("spam_reason", "text", (column) => column.notNull());
  await builder.execute();
}

export const migrations: Record<string, Migration> = {
  "0001_leads_spam_outbox": {
    async up(db) {
      await createLeadTable(db, "leads");
      await createLeadTable(db, "spam_leads");
      const key = autoNumberedKey(db);
      await db.schema
        .createTable("outbox")
        .addColumn("id", key.type, key.column)
        .addColumn("lead_id", "text", (column) => column.notNull().references("leads.id"))
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "text", (column) => column.notNull())
        .addColumn("claimed_until", "text")
        .addColumn("sent_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await db.schema
        .createIndex("outbox_due")
        .on("outbox")
        .columns(["sent_at", "next_attempt_at"])
        .execute();
      await db.schema.createIndex("leads_created").on("leads").column("created_at").execute();
    },
  },
  "0002_channels_settings_rate_hits": {
    async up(db) {
      // Existing jobs are all staff e-mails; webhook jobs are queued beside them from now on.
      await db.schema
        .alterTable("outbox")
        .addColumn("channel", "text", (column) => column.notNull().defaultTo("mail"))
        .execute();
      await db.schema
        .createTable("settings")
        .addColumn("name", "text", (column) => column.primaryKey())
        .addColumn("value", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createTable("rate_hits")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("client", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("rate_hits_client")
        .on("rate_hits")
        .columns(["client", "at"])
        .execute();
      await db.schema.createIndex("rate_hits_at").on("rate_hits").column("at").execute();
    },
  },
  "0003_outbox_claim_token": {
    async up(db) {
      // Names the claim a worker holds, so only that worker records the job's outcome.
      await db.schema.alterTable("outbox").addColumn("claim_token", "text").execute();
    },
  },
  "0004_staff_area": {
    async up(db) {
      await db.schema
        .alterTable("leads")
        .addColumn("status", "text", (column) => column.notNull().defaultTo("new"))
        .execute();
      await db.schema.createIndex("leads_status").on("leads").column("status").execute();
      await db.schema
        .createTable("staff_users")
        .addColumn("email", "text", (column) => column.primaryKey())
        .addColumn("password_hash", "text", (column) => column.notNull())
        .addColumn("created_at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createTable("staff_sessions")
        .addColumn("token_hash", "text", (column) => column.primaryKey())
        .addColumn("email", "text", (column) => column.notNull())
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("last_seen_at", "text", (column) => column.notNull())
        .addColumn("expires_at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("staff_sessions_email")
        .on("staff_sessions")
        .column("email")
        .execute();
      await db.schema
        .createTable("sign_in_failures")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("key", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("sign_in_failures_key")
        .on("sign_in_failures")
        .columns(["key", "at"])
        .execute();
      const key = autoNumberedKey(db);
      for (const table of ["lead_events", "lead_notes", "lead_deletions"] as const) {
        let builder = db.schema
          .createTable(table)
          .addColumn("id", key.type, key.column)
          .addColumn("lead_id", "text", (column) => column.notNull())
          .addColumn("at", "text", (column) => column.notNull())
          .addColumn("staff_email", "text", (column) => column.notNull());
        if (table === "lead_events") {
          builder = builder
            .addColumn("from_status", "text", (column) => column.notNull())
            .addColumn("to_status", "text", (column) => column.notNull());
        }
        if (table === "lead_notes")
          builder = builder.addColumn("body", "text", (column) => column.notNull());
        await builder.execute();
        if (table !== "lead_deletions") {
          await db.schema.createIndex(`${table}_lead`).on(table).column("lead_id").execute();
        }
      }
    },
  },
  "0006_form_token_uses": {
    async up(db) {
      // Which submission each form token was first sent with, so a token makes one enquiry.
      await db.schema
        .createTable("form_token_uses")
        .addColumn("token_hash", "text", (column) => column.primaryKey())
        .addColumn("submission_id", "text", (column) => column.notNull())
        .addColumn("used_at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("form_token_uses_used_at")
        .on("form_token_uses")
        .column("used_at")
        .execute();
    },
  },
  "0007_tracked_links": {
    async up(db) {
      // Short links marketing prints (/go/<code>). Never deleted, only archived, so a printed
      // code always lands somewhere; each change of destination is kept in tracked_link_changes.
      await db.schema
        .createTable("tracked_links")
        .addColumn("code", "text", (column) => column.primaryKey())
        .addColumn("target", "text", (column) => column.notNull())
        .addColumn("utm_source", "text", (column) => column.notNull())
        .addColumn("utm_medium", "text", (column) => column.notNull())
        .addColumn("utm_campaign", "text", (column) => column.notNull())
        .addColumn("utm_term", "text")
        .addColumn("utm_content", "text")
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("created_by", "text", (column) => column.notNull())
        .addColumn("archived_at", "text")
        .execute();
      const key = autoNumberedKey(db);
      await db.schema
        .createTable("tracked_link_changes")
        .addColumn("id", key.type, key.column)
        .addColumn("code", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .addColumn("staff_email", "text", (column) => column.notNull())
        .addColumn("from_target", "text", (column) => column.notNull())
        .addColumn("to_target", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("tracked_link_changes_code")
        .on("tracked_link_changes")
        .column("code")
        .execute();
      // A click is the link, where it led then, the time and whether it was a QR scan: nothing
      // about the person.
      await db.schema
        .createTable("link_clicks")
        .addColumn("id", key.type, key.column)
        .addColumn("code", "text", (column) => column.notNull())
        .addColumn("target", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .addColumn("qr", "integer", (column) => column.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("link_clicks_code_at")
        .on("link_clicks")
        .columns(["code", "at"])
        .execute();
      await db.schema.createIndex("link_clicks_at").on("link_clicks").column("at").execute();
      // Who clicked in the last hour, as a salted hash, only to count a repeat once; rows older
      // than an hour are deleted, and the salt changes daily.
      await db.schema
        .createTable("link_recent_visitors")
        .addColumn("code", "text", (column) => column.notNull())
        .addColumn("visitor", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("link_recent_visitors_key", ["code", "visitor"])
        .execute();
      await db.schema
        .createIndex("link_recent_visitors_at")
        .on("link_recent_visitors")
        .column("at")
        .execute();
      // The tracked link a lead arrived through, if any.
      for (const table of ["leads", "spam_leads"])
        await db.schema.alterTable(table).addColumn("tracked_link", "text").execute();
      await db.schema
        .createIndex("leads_tracked_link")
        .on("leads")
        .column("tracked_link")
        .execute();
    },
  },
  "0008_staff_team": {
    async up(db) {
      // Owners manage the team in the browser. Accounts that exist when this ships have had no
      // owner, and whoever made them ran the server: all of them become owners.
      await db.schema
        .alterTable("staff_users")
        .addColumn("role", "text", (column) => column.notNull().defaultTo("staff"))
        .execute();
      await db.schema.alterTable("staff_users").addColumn("last_sign_in_at", "text").execute();
      await sql`update staff_users set role = 'owner'`.execute(db);
      // One-time links (invitations and password resets), kept only as the SHA-256 of the
      // token: a copy of the database cannot be used to open one.
      await db.schema
        .createTable("staff_tokens")
        .addColumn("token_hash", "text", (column) => column.primaryKey())
        .addColumn("purpose", "text", (column) => column.notNull())
        .addColumn("email", "text", (column) => column.notNull())
        .addColumn("role", "text")
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("created_by", "text")
        .addColumn("expires_at", "text", (column) => column.notNull())
        .addColumn("used_at", "text")
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema
        .createIndex("staff_tokens_email")
        .on("staff_tokens")
        .columns(["email", "purpose"])
        .execute();
      // Forgotten-password requests, per address and per account, for the rate limit.
      await db.schema
        .createTable("password_reset_requests")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("key", "text", (column) => column.notNull())
        .addColumn("at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("password_reset_requests_key")
        .on("password_reset_requests")
        .columns(["key", "at"])
        .execute();
      // What happened to accounts, for owners: never a password, never lead data.
      const key = autoNumberedKey(db);
      await db.schema
        .createTable("staff_audit")
        .addColumn("id", key.type, key.column)
        .addColumn("at", "text", (column) => column.notNull())
        .addColumn("event", "text", (column) => column.notNull())
        .addColumn("account", "text")
        .addColumn("actor", "text")
        .addColumn("address", "text")
        .addColumn("detail", "text")
        .execute();
      await db.schema.createIndex("staff_audit_at").on("staff_audit").column("at").execute();
      // Passkeys: the public key and signature counter of each credential, by its id.
      await db.schema
        .createTable("staff_passkeys")
        .addColumn("credential_id", "text", (column) => column.primaryKey())
        .addColumn("email", "text", (column) => column.notNull())
        .addColumn("name", "text", (column) => column.notNull())
        .addColumn("public_key", "text", (column) => column.notNull())
        // WebAuthn's counter is 32 bits unsigned; the store keeps it within PostgreSQL's integer.
        .addColumn("counter", "integer", (column) => column.notNull().defaultTo(0))
        .addColumn("transports", "text")
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("last_used_at", "text")
        .execute();
      await db.schema
        .createIndex("staff_passkeys_email")
        .on("staff_passkeys")
        .column("email")
        .execute();
      // A WebAuthn challenge lives a few minutes and is used once, on whichever instance.
      await db.schema
        .createTable("passkey_challenges")
        .addColumn("challenge", "text", (column) => column.primaryKey())
        .addColumn("purpose", "text", (column) => column.notNull())
        .addColumn("email", "text")
        .addColumn("expires_at", "text", (column) => column.notNull())
        .execute();
    },
  },
};
