import "server-only";
// QR codes of short links (/go/<code>) for print: an SVG for designers, a PNG for everyone
// else, both encoding the same symbol.
import QRCode, { type QRCodeRenderersOptions } from "qrcode";

export type QrFormat = "svg" | "png";

/** Our short addresses are well under 100 characters; a longer one is not ours. */
export const maxQrAddressLength = 200;
export const qrQuietZoneModules = 4;
export const minQrPngWidth = 1024;

/**
 * Level M restores up to 15% of the symbol: enough for a scuffed flyer, while the code stays
 * small enough (level H would be about a third larger) to scan from a poster across a room.
 * The quiet zone of 4 modules is the minimum ISO/IEC 18004 asks for; scanners miss codes
 * printed closer to other ink.
 */
const symbolOptions = {
  errorCorrectionLevel: "M",
  margin: qrQuietZoneModules,
  color: { dark: "#000000", light: "#ffffff" },
} as const satisfies QRCodeRenderersOptions;

/** `address` as the URL parser writes it, if it is an http(s) address of a sensible length. */
function checkedAddress(address: string): string {
  const example = "give the full short address, such as https://altus.example/go/SPRING-FLYER";
  if (address.length > maxQrAddressLength)
    throw new Error(
      `A QR code's address may be at most ${maxQrAddressLength} characters; this one has ${address.length}: ${example}.`,
    );
  if (!URL.canParse(address))
    throw new Error(`A QR code's address must be a whole web address: ${example}.`);
  const url = new URL(address);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(
      `A QR code's address must start with https:// or http://, not “${url.protocol}”: ${example}.`,
    );
  if (url.username || url.password)
    throw new Error(`A QR code's address must not carry a user name or password: ${example}.`);
  // Percent-encoding can lengthen what was short enough as typed.
  if (url.href.length > maxQrAddressLength)
    throw new Error(
      `A QR code's address may be at most ${maxQrAddressLength} characters once encoded; this one has ${url.href.length}: ${example}.`,
    );
  return url.href;
}

/** The short address with `qr=1` in its query, so the redirect counts the visit as a scan. */
export function qrAddress(shortUrl: string): string {
  const url = new URL(checkedAddress(shortUrl));
  url.searchParams.set("qr", "1");
  return checkedAddress(url.href);
}

/** `altus-go-SPRING-FLYER.png`: only letters, digits, "-" and "_", whatever the code holds. */
export function qrFileName(code: string, format: QrFormat): string {
  const safe = code
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
  return `altus-go-${safe || "link"}.${format}`;
}

const xmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char);

/**
 * The code as SVG: one path on a white square, sized by its viewBox (one unit per module), so
 * it prints sharp at any size. The <title> names what it encodes for screen readers.
 */
export async function qrSvg(address: string): Promise<string> {
  const href = checkedAddress(address);
  const svg = await QRCode.toString(href, { ...symbolOptions, type: "svg" });
  if (!svg.startsWith("<svg ")) throw new Error("The QR library wrote something other than SVG.");
  const title = `<title>${escapeXml(`QR code for ${href}`)}</title>`;
  return svg.replace(/^<svg ([^>]*)>/, `<svg role="img" $1>${title}`);
}

/**
 * The code as a PNG at least 1024 px wide, each module a whole number of pixels: a fractional
 * size would make some modules a pixel wider than others once printed.
 */
export async function qrPng(address: string): Promise<Buffer> {
  const href = checkedAddress(address);
  const modules = QRCode.create(href, symbolOptions).modules.size + 2 * qrQuietZoneModules;
  const scale = Math.ceil(minQrPngWidth / modules);
  return QRCode.toBuffer(href, { ...symbolOptions, type: "png", scale });
}
