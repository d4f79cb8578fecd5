import "server-only";
// The download of a short link's QR code: the route (once the links table exists) finds the
// link and answers with this.
import { qrAddress, qrFileName, qrPng, qrSvg, type QrFormat } from "./qr-code";

/**
 * The SVG is drawn with attributes alone (no style, script or link), so it needs nothing: opened
 * in a tab from our origin, nothing in it may run or load, and `sandbox` gives it an origin of
 * its own. The PNG gets the same policy, so the answer carries one whatever its type.
 */
export const qrPolicy = "default-src 'none'; sandbox";

const contentTypes: Record<QrFormat, string> = {
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
};

/**
 * The QR code of `shortUrl` (with qr=1 added, so scans are counted) as a file to save, named
 * after `code`. Throws if `shortUrl` is not an http(s) address the codes accept (qr-code.ts).
 */
export async function qrResponse(
  kind: QrFormat,
  shortUrl: string,
  code: string,
): Promise<Response> {
  const address = qrAddress(shortUrl);
  const body = kind === "svg" ? await qrSvg(address) : new Uint8Array(await qrPng(address));
  return new Response(body, {
    headers: {
      "content-type": contentTypes[kind],
      "content-disposition": `attachment; filename="${qrFileName(code, kind)}"`,
      // Made on request for a member of staff: no cache should keep it, and a new one costs
      // milliseconds.
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": qrPolicy,
    },
  });
}
