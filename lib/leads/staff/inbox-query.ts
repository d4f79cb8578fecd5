// The inbox's address: filters and page as query parameters, so a filtered view can be
// bookmarked, shared between staff, and downloaded as CSV. Nothing personal goes in it but
// the words staff search for, which stay in their own browser.
import { z } from "zod";
import { goalValues as knownGoals } from "../fields";
import { leadStatuses, type InboxFilter } from "../store";
import { dayStartUtc, nextDay } from "./time";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));
const goalValues: readonly string[] = knownGoals;
/** A UTM value or landing page to match exactly; `(none)` (noneValue) means leads without one. */
const exactValue = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

// Anything malformed is ignored (treated as not given): a hand-edited address still opens.
const inboxParams = z.object({
  status: z.enum(leadStatuses).optional().catch(undefined),
  goal: z
    .string()
    .refine((value) => goalValues.includes(value))
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  source: exactValue(200),
  medium: exactValue(200),
  campaign: exactValue(200),
  landing: exactValue(500),
  link: exactValue(40),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type InboxQuery = z.infer<typeof inboxParams>;

export function parseInboxQuery(params: URLSearchParams): InboxQuery {
  const raw = Object.fromEntries(
    [...params.keys()].map((key) => [key, params.get(key) ?? undefined]),
  );
  const parsed = inboxParams.safeParse(raw);
  return parsed.success ? { ...parsed.data, q: parsed.data.q || undefined } : {};
}

export function inboxFilter(query: InboxQuery, timeZone: string): InboxFilter {
  return {
    status: query.status,
    goal: query.goal,
    search: query.q,
    source: query.source,
    medium: query.medium,
    campaign: query.campaign,
    landingPage: query.landing,
    trackedLink: query.link,
    from: query.from ? dayStartUtc(query.from, timeZone).toISOString() : undefined,
    until: query.to ? dayStartUtc(nextDay(query.to), timeZone).toISOString() : undefined,
  };
}

/** The query string for the same view with some parameters changed (undefined removes one). */
export function inboxHref(
  base: string,
  query: InboxQuery,
  changes: Partial<Record<keyof InboxQuery, string | number | undefined>>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

/** Page params from Next's searchParams object. */
export function toSearchParams(
  record: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
