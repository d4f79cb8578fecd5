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
  /** ISO instants: received at or after `from`, before `until`. */
  from?: string;
  until?: string;
};

export const inboxPageSize = 50;

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

/** The values of one UTM column past leads arrived with, for the campaign-link form. */
export async function usedCampaignValues(
  db: Db,
  column: "utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content",
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
