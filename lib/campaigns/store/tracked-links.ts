import "server-only";
// Tracked links as marketing keeps them: made once, never deleted (a printed code must always
// land), archived to leave the lists, and pointed somewhere else with each change recorded.
import type { Db, TrackedLinkRow } from "@/lib/db";
import { generateCode } from "../short-code";
import type { Utm } from "../campaign-link";

export type NewTrackedLink = {
  /** Typed by marketing (already checked), or undefined for a generated one. */
  code?: string;
  target: string;
  utm: Utm;
  staff: string;
  now: Date;
};

export type Created = { kind: "created"; code: string } | { kind: "taken"; code: string };

export async function createTrackedLink(db: Db, link: NewTrackedLink): Promise<Created> {
  // A generated code that clashes (1 in billions) is simply drawn again.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = link.code ?? generateCode();
    const inserted = await db
      .insertInto("tracked_links")
      .values({
        code,
        target: link.target,
        utm_source: link.utm.source,
        utm_medium: link.utm.medium,
        utm_campaign: link.utm.campaign,
        utm_term: link.utm.term ?? null,
        utm_content: link.utm.content ?? null,
        created_at: link.now.toISOString(),
        created_by: link.staff,
        archived_at: null,
      })
      .onConflict((conflict) => conflict.column("code").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return { kind: "created", code };
    if (link.code) return { kind: "taken", code };
  }
  throw new Error("tracked links: no free generated code after 5 attempts");
}

export async function findTrackedLink(db: Db, code: string): Promise<TrackedLinkRow | undefined> {
  return db.selectFrom("tracked_links").selectAll().where("code", "=", code).executeTakeFirst();
}

/** Archived links still redirect; they only leave the lists (and come back if restored). */
export async function setArchived(db: Db, code: string, archived: boolean, now: Date) {
  await db
    .updateTable("tracked_links")
    .set({ archived_at: archived ? now.toISOString() : null })
    .where("code", "=", code)
    .execute();
}

/** Points the link (and so its printed QR code) at a new page or section, keeping the history. */
export async function changeTarget(
  db: Db,
  { code, target, staff, now }: { code: string; target: string; staff: string; now: Date },
): Promise<"changed" | "unchanged" | "missing"> {
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .selectFrom("tracked_links")
      .select("target")
      .where("code", "=", code)
      .executeTakeFirst();
    if (!link) return "missing";
    if (link.target === target) return "unchanged";
    await trx.updateTable("tracked_links").set({ target }).where("code", "=", code).execute();
    await trx
      .insertInto("tracked_link_changes")
      .values({
        code,
        at: now.toISOString(),
        staff_email: staff,
        from_target: link.target,
        to_target: target,
      })
      .execute();
    return "changed";
  });
}

export async function targetChanges(db: Db, code: string) {
  return db
    .selectFrom("tracked_link_changes")
    .select(["at", "staff_email", "from_target", "to_target"])
    .where("code", "=", code)
    .orderBy("id", "desc")
    .execute();
}

export type TrackedLinkStats = TrackedLinkRow & {
  clicks7: number;
  clicks30: number;
  clicksAll: number;
  qrClicks: number;
  leads: number;
};

/**
 * Every link (archived ones or the others) with its clicks in the last 7 and 30 days, in all,
 * and the leads that came through it; newest first. Counted in the database, one query each.
 */
export async function listTrackedLinks(
  db: Db,
  { archived, now }: { archived: boolean; now: Date },
): Promise<TrackedLinkStats[]> {
  const links = await db
    .selectFrom("tracked_links")
    .selectAll()
    .where("archived_at", archived ? "is not" : "is", null)
    .orderBy("created_at", "desc")
    .execute();
  return withStats(db, links, now);
}

/** One link with its figures, archived or not. */
export async function trackedLinkStats(
  db: Db,
  code: string,
  now: Date,
): Promise<TrackedLinkStats | undefined> {
  const link = await findTrackedLink(db, code);
  return link && (await withStats(db, [link], now))[0];
}

async function withStats(db: Db, links: TrackedLinkRow[], now: Date): Promise<TrackedLinkStats[]> {
  if (links.length === 0) return [];
  const day = 24 * 60 * 60 * 1000;
  const since = (days: number) => new Date(now.getTime() - days * day).toISOString();
  const codes = links.map((link) => link.code);
  const clicks = await db
    .selectFrom("link_clicks")
    .select((eb) => [
      "code",
      eb.fn.countAll<string | number>().as("all"),
      eb.fn
        .sum<string | number | null>(eb.case().when("at", ">=", since(7)).then(1).else(0).end())
        .as("last7"),
      eb.fn
        .sum<string | number | null>(eb.case().when("at", ">=", since(30)).then(1).else(0).end())
        .as("last30"),
      eb.fn.sum<string | number | null>("qr").as("qr"),
    ])
    .where("code", "in", codes)
    .groupBy("code")
    .execute();
  const leads = await db
    .selectFrom("leads")
    .select((eb) => ["tracked_link", eb.fn.countAll<string | number>().as("count")])
    .where("tracked_link", "in", codes)
    .groupBy("tracked_link")
    .execute();
  const clicksOf = new Map(clicks.map((row) => [row.code, row]));
  const leadsOf = new Map(leads.map((row) => [row.tracked_link, Number(row.count)]));
  return links.map((link) => {
    const counted = clicksOf.get(link.code);
    return {
      ...link,
      clicks7: Number(counted?.last7 ?? 0),
      clicks30: Number(counted?.last30 ?? 0),
      clicksAll: Number(counted?.all ?? 0),
      qrClicks: Number(counted?.qr ?? 0),
      leads: leadsOf.get(link.code) ?? 0,
    };
  });
}
