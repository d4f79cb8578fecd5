import "server-only";
// POST /api/contact: check where it came from, read at most 16 KB, validate with the shared
// schema, check how often this client posts, judge spam, store (committed) and only then
// answer. Mail and the webhook happen afterwards.
import { getFormWords, type ContactFormWords } from "@/lib/content";
import { formDataToLeadInput } from "../form-data";
import { fillIn } from "../fields";
import { validateLead, type LeadErrors } from "../schema";
import type { Db } from "@/lib/db";
import { saveLead, saveSpam, takeRateHit, type Channel } from "../store";
import { contactBodyLimitBytes } from "@/lib/http/body-limits";
import { isCrossSite } from "@/lib/http/cross-site";
import { clientAddress, clientNetwork } from "@/lib/http/client-address";
import { renewedFormToken } from "./form-token";
import { invalidFormPage } from "./invalid-form-page";
import { readBodyWithin } from "@/lib/http/request-body";
import { problem, unavailable } from "./responses";
import { spamReason, takenIdReason } from "./spam-reason";

export const bodyLimitBytes = contactBodyLimitBytes;

export type ContactHandlerDeps = {
  db: Db;
  siteUrl: string;
  minFillMs: number;
  trustProxy: boolean;
  secret: string;
  /** Posts per client (an IPv6 /64 counts as one) per minute, across every instance; 0 is no limit. */
  perMinute: number;
  /** Where each new real lead is sent: one outbox job per channel. */
  channels: readonly Channel[];
  /** The form's words: its messages and failure pages; content/forms/contact.yaml unless given. */
  words?: ContactFormWords;
  now?: () => Date;
  onNewLead?: (id: string) => void;
};

type Body = { kind: "json" | "form"; input: Record<string, unknown> };

async function readBody(request: Request, words: ContactFormWords): Promise<Body | Response> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    return problem(
      request,
      words.notSent,
      415,
      "Send the form as application/x-www-form-urlencoded or application/json.",
    );
  }
  const body = await readBodyWithin(request, bodyLimitBytes);
  if (!body.ok) return problem(request, words.notSent, 413, words.notSent.tooLarge);
  if (type === "application/x-www-form-urlencoded") {
    return { kind: "form", input: formDataToLeadInput(new URLSearchParams(body.text)) };
  }
  try {
    const parsed: unknown = JSON.parse(body.text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return { kind: "json", input: Object.fromEntries(Object.entries(parsed)) };
    }
  } catch {
    // answered below, like any other body that is not a JSON object
  }
  return problem(request, words.notSent, 400, "The request body is not a valid JSON object.");
}

/** The form again for a browser without JavaScript, with a token good for a while yet. */
function invalidFormAnswer(
  input: Record<string, unknown>,
  errors: LeadErrors,
  deps: ContactHandlerDeps & { words: ContactFormWords },
  now: Date,
) {
  const sent = typeof input.formToken === "string" ? input.formToken : undefined;
  const formToken = renewedFormToken(sent, deps.secret, now, deps.minFillMs);
  return new Response(invalidFormPage({ ...input, formToken }, errors, deps.words), {
    status: 422,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export function createContactHandler(deps: ContactHandlerDeps) {
  const clock = deps.now ?? (() => new Date());
  const words = deps.words ?? getFormWords();
  const { notSent } = words;
  return async function handleContact(request: Request): Promise<Response> {
    const now = clock();
    if (isCrossSite(request, deps.siteUrl)) {
      return problem(request, notSent, 403, notSent.otherSite);
    }
    const body = await readBody(request, words);
    if (body instanceof Response) return body;

    const result = validateLead(body.input, words.errors);
    if (!result.ok) {
      if (body.kind === "json") return Response.json({ errors: result.errors }, { status: 422 });
      return invalidFormAnswer(body.input, result.errors, { ...deps, words }, now);
    }

    // Counted once a post is valid: a prospect fixing a mistake is not held back, and a flood
    // of malformed posts never reaches the database.
    const client = clientNetwork(clientAddress(request.headers, deps.trustProxy));
    const rate = await takeRateHit(
      deps.db,
      { kind: "lead-posts", client },
      deps.perMinute,
      now,
    ).catch(() => undefined);
    if (!rate) return unavailable(request, notSent);
    if (!rate.allowed) {
      const seconds = rate.retryAfterSeconds;
      return problem(request, notSent, 429, fillIn(notSent.rateLimited, { seconds }), {
        "retry-after": String(seconds),
      });
    }

    let id: string;
    try {
      const reason = await spamReason(result.lead, deps, now);
      // With the time trap on, each token was checked: one token, one enquiry.
      const renameTaken = deps.minFillMs === 0;
      const saved = reason
        ? undefined
        : await saveLead(deps.db, result.lead, now, deps.channels, { renameTaken });
      const spam = reason ?? (saved?.stored === "taken" ? takenIdReason : undefined);
      if (spam || !saved) {
        ({ id } = await saveSpam(deps.db, result.lead, spam ?? takenIdReason, now));
        console.info(`leads: submission ${id} stored as spam`);
      } else {
        id = saved.id;
        if (saved.stored === "new") {
          console.info(`leads: lead ${id} stored`);
          deps.onNewLead?.(id);
        }
      }
    } catch (error) {
      console.error(
        `leads: could not store submission ${result.lead.submissionId}: ${error instanceof Error ? error.name : "error"}`,
      );
      return unavailable(request, notSent);
    }

    if (body.kind === "json") return Response.json({ id }, { status: 201 });
    return new Response(null, { status: 303, headers: { location: "/contact/thanks" } });
  };
}
