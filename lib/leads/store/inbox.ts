import "server-only";
// What staff read in the inbox: leads filtered by status, goal, words and dates, newest first,
// a page at a time. Plain SQL both databases speak (lower(…) LIKE … ESCAPE), so it lives here
// without a branch.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import type { Db } from "@/lib/db";
import type { DbTables, LeadStatus } from "@/lib/db";

export type InboxFilter = {
  status?: LeadStatus;
  goal?: string;
  /** Words to find in the name, email, phone or message. */
  search?: string;
  /** Exact values of where a lead came from; `noValue` for leads that came without one. */
  source?: string;
  medium?: string;
  campaign?: string;
  landingPage?: string;
  /** The code of the tracked link (/go/<code>) the lead came through. */
  trackedLink?: string;
  /** ISO instants: received at or after `from`, before `until`. */
  from?: string;
  until?: string;
};

export const inboxPageSize = 50;

/**
 * How staff ask for leads without a source (medium, …) in a filter or see them in the campaign
 * report. A lead sent with the literal value "(none)" (analytics tools write it for direct
 * visits) counts as having none too, so a report's figure and the inbox it links to agree.
 */
export const noValue = "(none)";

type OriginColumn = "utm_source" | "utm_medium" | "utm_campaign" | "landing_page" | "tracked_link";
const originFilters = [
  ["source", "utm_source"],
  ["medium", "utm_medium"],
  ["campaign", "utm_campaign"],
  ["landingPage", "landing_page"],
  ["trackedLink", "tracked_link"],
] as const satisfies readonly (readonly [keyof InboxFilter, OriginColumn])[];

function sameOrigin(eb: ExpressionBuilder<DbTables, "leads">, column: OriginColumn, value: string) {
  if (value !== noValue) return eb(column, "=", value);
  return eb.or([eb(column, "is", null), eb(column, "in", ["", noValue])]);
}

const searchable = ["name", "email", "phone", "message"] as const;

/**
 * A LIKE pattern that matches the words literally: % and _ typed by staff are not wildcards.
 * Both sides go through the database's lower(), so they are folded alike.
 */
const containing = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function matching(
  eb: ExpressionBuilder<DbTables, "leads">,
  filter: InboxFilter,
  { ignoreStatus = false } = {},
) {
  const conditions = [];
  if (filter.status && !ignoreStatus) conditions.push(eb("status", "=", filter.status));
  if (filter.goal) conditions.push(eb("goals", "like", `%"${filter.goal}"%`));
  for (const [key, column] of originFilters) {
    const value = filter[key];
    if (value) conditions.push(sameOrigin(eb, column, value));
  }
  if (filter.from) conditions.push(eb("created_at", ">=", filter.from));
  if (filter.until) conditions.push(eb("created_at", "<", filter.until));
  if (filter.search) {
    const pattern = containing(filter.search);
    conditions.push(
      eb.or(
        searchable.map(
          (column) =>
            sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like lower(${pattern}) escape '\\'`,
        ),
      ),
    );
  }
  return eb.and(conditions);
}

const filtered = (db: Db, filter: InboxFilter): SelectQueryBuilder<DbTables, "leads", object> =>
  db.selectFrom("leads").where((eb) => matching(eb, filter));

export async function inboxPage(db: Db, filter: InboxFilter, page: number) {
  const [rows, total] = await Promise.all([
    filtered(db, filter)
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(inboxPageSize)
      .offset((page - 1) * inboxPageSize)
      .execute(),
    filtered(db, filter)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Every lead matching the filter, newest first, for the CSV download. */
export function inboxRows(db: Db, filter: InboxFilter) {
  return filtered(db, filter)
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** How many leads of each status match the rest of the filter, for the filter bar. */
export async function statusCounts(db: Db, filter: InboxFilter): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("leads")
    .where((eb) => matching(eb, filter, { ignoreStatus: true }))
    .select((eb) => ["status", eb.fn.countAll().as("n")])
    .groupBy("status")
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/**
 * The values of one UTM column (or the landing page) past leads arrived with, for the
 * campaign-link form's suggestions and the inbox's filter choices.
 */
export async function usedCampaignValues(
  db: Db,
  column:
    "utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content" | "landing_page",
): Promise<string[]> {
  const rows = await db
    .selectFrom("leads")
    .select(sql<string>`${sql.ref(column)}`.as("value"))
    .where(column, "is not", null)
    .groupBy(column)
    .orderBy(column)
    .limit(100)
    .execute();
  return rows.map((row) => row.value);
}
