import "server-only";
// What marketing does to tracked links, one POST each (lib/auth/staff-route.ts runs the session,
// cross-site and body checks first). A link is never deleted: a printed code must always land.
import { z } from "zod";
import { seeOther, staffAction, staffDownload, staffProblem } from "@/lib/auth";
import { plainAnswerPolicy } from "@/lib/http/csp/policy";
import { privateHeaders } from "@/lib/http/private-headers";
import { getConfig } from "@/lib/config";
import { getLinkablePages } from "@/lib/content";
import { campaignLinkInput, linkTargets, targetUrls } from "./campaign-link";
import { chosenCode, normaliseCode } from "./short-code";
import { shortAddress, targetPath } from "./tracked-link";
import type { QrFormat } from "./qr-code";
import {
  changeTarget,
  createTrackedLink,
  findTrackedLink,
  qrResponse,
  setArchived,
} from "./server";

const linksPage = "/admin/links/tracked";
const linkPage = (code: string, saved: string) => `${linksPage}/${code}?saved=${saved}`;

/** The addresses the builder offers: a tracked link may point at these and nothing else. */
async function offeredTargets(): Promise<string[]> {
  const { fixedRoutes, pages } = await getLinkablePages();
  return targetUrls(linkTargets(getConfig().SITE_URL, fixedRoutes, pages));
}

const codeField = z.string().transform((typed, context) => {
  const code = normaliseCode(typed);
  if (!code) {
    context.addIssue({ code: "custom", message: "That is not a tracked link's code." });
    return z.NEVER;
  }
  return code;
});

export const createTrackedLinkAction = staffAction(async ({ staff, db, form, now }) => {
  const values = Object.fromEntries(form);
  const link = campaignLinkInput(await offeredTargets()).safeParse(values);
  const back = { back: "/admin/links#build" };
  if (!link.success)
    return staffProblem(400, link.error.issues[0]?.message ?? "Build the link again.", back);
  const typed = (values.code ?? "").trim();
  const code = typed === "" ? undefined : chosenCode.safeParse(typed);
  if (code && !code.success)
    return staffProblem(400, code.error.issues[0]?.message ?? "Choose another code.", back);
  const { target, utm_source, utm_medium, utm_campaign, utm_term, utm_content } = link.data;
  const created = await createTrackedLink(db, {
    code: code?.data,
    target: targetPath(getConfig().SITE_URL, target),
    utm: {
      source: utm_source,
      medium: utm_medium,
      campaign: utm_campaign,
      term: utm_term,
      content: utm_content,
    },
    staff,
    now,
  });
  if (created.kind === "taken")
    return staffProblem(
      409,
      `The short code “${created.code}” is already used by another tracked link (archived ones keep theirs, so printed codes never change meaning). Choose another.`,
      back,
    );
  return seeOther(linkPage(created.code, "created"));
});

export const changeTargetAction = staffAction(async ({ staff, db, form, now }) => {
  const input = z
    .object({ code: codeField, target: z.string() })
    .safeParse(Object.fromEntries(form));
  if (!input.success) return staffProblem(400, "Choose a page or section from the list.");
  const { code, target } = input.data;
  if (!(await offeredTargets()).includes(target))
    return staffProblem(400, "Choose one of the site’s pages or sections from the list.", {
      back: `${linksPage}/${code}`,
    });
  const path = targetPath(getConfig().SITE_URL, target);
  const changed = await changeTarget(db, { code, target: path, staff, now });
  if (changed === "missing") return staffProblem(404, "There is no tracked link with that code.");
  return seeOther(linkPage(code, changed === "changed" ? "target" : "target-unchanged"));
});

export const archiveAction = staffAction(async ({ db, form, now }) => {
  const input = z
    .object({ code: codeField, archived: z.enum(["1", "0"]) })
    .safeParse(Object.fromEntries(form));
  if (!input.success) return staffProblem(400, "Archive or restore a link from its page.");
  const { code, archived } = input.data;
  if (!(await findTrackedLink(db, code)))
    return staffProblem(404, "There is no tracked link with that code.");
  await setArchived(db, code, archived === "1", now);
  return seeOther(linkPage(code, archived === "1" ? "archived" : "restored"));
});

/**
 * A tracked link's QR code as a file: the short address with qr=1, so scans are marked. The
 * proxy leaves these addresses alone (the image carries its own, stricter policy), so every
 * other answer (sign in first, no such link, database down) gets its policy here.
 */
export const qrDownload = (kind: QrFormat) => {
  const download = staffDownload(async ({ db, request }) => {
    const code = normaliseCode(new URL(request.url).pathname.split("/")[4] ?? "");
    const link = code ? await findTrackedLink(db, code) : undefined;
    if (!link) return staffProblem(404, "There is no tracked link with that code.");
    const answer = await qrResponse(kind, shortAddress(getConfig().SITE_URL, link.code), link.code);
    for (const [name, value] of Object.entries(privateHeaders)) answer.headers.set(name, value);
    return answer;
  });
  return async (request: Request) => {
    const answer = await download(request);
    if (!answer.headers.has("content-security-policy"))
      answer.headers.set("content-security-policy", plainAnswerPolicy);
    return answer;
  };
};
