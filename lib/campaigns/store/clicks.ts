import "server-only";
// Counting clicks without knowing who clicked. Stored per click: the link, where it led at that
// moment, the time and whether it came from a QR scan. To count a repeat by the same visitor within an hour once, a hash of
// address + user agent with a salt that changes every day is kept for that hour only; the
// salt of a past day is deleted, so an old hash can never be linked to anyone again.
import { createHash } from "node:crypto";
import { sharedSecret, type Db } from "@/lib/db";

const repeatWindowMs = 60 * 60 * 1000;
const saltPrefix = "click-salt:";

export type Visitor = { address: string; userAgent: string };

const today = (now: Date) => now.toISOString().slice(0, 10);

// The day's salt, kept in memory once read: reading it is a write (insert-if-absent), and a
// click must cost one commit, not three. Keyed by database, as tests open several.
const salts = new WeakMap<Db, { day: string; salt: string }>();

/** The day's salt, shared by every instance (the first to need it makes it). */
async function dailySalt(db: Db, now: Date): Promise<string> {
  const day = today(now);
  const known = salts.get(db);
  if (known?.day === day) return known.salt;
  const salt = await sharedSecret(db, `${saltPrefix}${day}`);
  salts.set(db, { day, salt });
  return salt;
}

function visitorHash(salt: string, visitor: Visitor): string {
  return createHash("sha256")
    .update(`${salt}\n${visitor.address}\n${visitor.userAgent}`)
    .digest("base64url");
}

/**
 * Records a click on `code` unless this visitor's click was counted in the last hour; true when
 * counted. The repeat check and the click are one atomic upsert plus insert, so two instances
 * counting at once lose nothing and count a repeat once.
 */
export async function recordClick(
  db: Db,
  {
    code,
    target,
    visitor,
    qr,
    now,
  }: { code: string; target: string; visitor: Visitor; qr: boolean; now: Date },
): Promise<boolean> {
  const hash = visitorHash(await dailySalt(db, now), visitor);
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - repeatWindowMs).toISOString();
  return db.transaction().execute(async (trx) => {
    // Inserted, or updated when the last counted click is over an hour old: either way a click.
    const fresh = await trx
      .insertInto("link_recent_visitors")
      .values({ code, visitor: hash, at })
      .onConflict((conflict) =>
        conflict
          .columns(["code", "visitor"])
          .doUpdateSet({ at })
          .where("link_recent_visitors.at", "<=", windowStart),
      )
      .returning("code")
      .executeTakeFirst();
    if (!fresh) return false;
    await trx
      .insertInto("link_clicks")
      .values({ code, target, at, qr: qr ? 1 : 0 })
      .execute();
    return true;
  });
}

const lastForgotten = new WeakMap<Db, number>();
const forgetEveryMs = 60_000;

/**
 * forgetClickVisitors, at most once a minute per instance: called on every click, it would add
 * two commits to each. A hash is kept at most a minute past its hour.
 */
export async function forgetClickVisitorsNow(db: Db, now: Date): Promise<void> {
  const last = lastForgotten.get(db) ?? 0;
  if (now.getTime() - last < forgetEveryMs) return;
  lastForgotten.set(db, now.getTime());
  await forgetClickVisitors(db, now);
}

/** Drops visitor hashes past the hour and salts of past days; any instance, any time. */
export async function forgetClickVisitors(db: Db, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - repeatWindowMs).toISOString();
  await db.deleteFrom("link_recent_visitors").where("at", "<=", windowStart).execute();
  await db
    .deleteFrom("settings")
    .where("name", "like", `${saltPrefix}%`)
    .where("name", "!=", `${saltPrefix}${today(now)}`)
    .execute();
}

/** A click of the period with what its link says about where it came from and where it went. */
export type ReportClick = {
  at: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  target: string;
};

/** Every click from `from` (inclusive) to `until` (exclusive), for the campaign report. */
export async function clicksInPeriod(
  db: Db,
  { from, until }: { from: string; until: string },
): Promise<ReportClick[]> {
  return db
    .selectFrom("link_clicks")
    .innerJoin("tracked_links", "tracked_links.code", "link_clicks.code")
    .select([
      "link_clicks.at",
      "tracked_links.utm_source",
      "tracked_links.utm_medium",
      "tracked_links.utm_campaign",
      "link_clicks.target",
    ])
    .where("link_clicks.at", ">=", from)
    .where("link_clicks.at", "<", until)
    .execute();
}
