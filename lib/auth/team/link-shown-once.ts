import "server-only";
// When a one-time link cannot be mailed (mail is off, or the send failed), the owner sees it once,
// in the answer to their POST, to pass on by hand. It never goes into a URL, a log or the page
// they return to, and a reload makes a new link, which withdraws this one.
import { escapeHtml, htmlPage } from "@/lib/http/html";
import { privateHeaders } from "@/lib/http/private-headers";

type ShownLink = { title: string; why: string; address: string; expires: string };

export function linkShownOnce({ title, why, address, expires }: ShownLink): Response {
  const body = `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(why)}</p>
<p><label for="link">The link (${escapeHtml(expires)})</label>
<input id="link" type="text" readonly value="${escapeHtml(address)}"></p>
<p>It is shown only now: copy it before you leave this page. It can be used once.</p>
<p><a href="/admin/team">Back to the team</a></p>`;
  return new Response(htmlPage("Staff area", body), {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", ...privateHeaders },
  });
}
