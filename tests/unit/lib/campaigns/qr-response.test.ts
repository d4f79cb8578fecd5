import { describe, expect, it } from "vitest";
import { qrResponse } from "@/lib/campaigns/server";
import { gridToPixels, readPng, scan, svgToGrid } from "../../../fixtures/qr-scan";

const shortUrl = "https://altus.example/go/SPRING-FLYER";
const scanned = `${shortUrl}?qr=1`;

describe("qrResponse", () => {
  it("answers the SVG as a download that can run and load nothing", async () => {
    const response = await qrResponse("svg", shortUrl, "SPRING-FLYER");
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/svg+xml; charset=utf-8",
      "content-disposition": 'attachment; filename="altus-go-SPRING-FLYER.svg"',
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    const svg = await response.text();
    expect(svg).toContain(`<title>QR code for ${scanned}</title>`);
    expect(scan(gridToPixels(svgToGrid(svg), 4))?.text).toBe(scanned);
  });

  it("answers the PNG as a download of the code with qr=1", async () => {
    const response = await qrResponse("png", shortUrl, "SPRING-FLYER");
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="altus-go-SPRING-FLYER.png"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    const pixels = readPng(Buffer.from(await response.arrayBuffer()));
    expect(pixels.width).toBeGreaterThanOrEqual(1024);
    expect(scan(pixels)?.text).toBe(scanned);
  });

  it("keeps the file name inside its quotes whatever the code holds", async () => {
    const response = await qrResponse("png", shortUrl, 'x"; filename="evil.html');
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="altus-go-x-filename-evil-html.png"',
    );
  });

  it("refuses an address that is not the site's kind of short link", async () => {
    await expect(qrResponse("svg", "javascript:alert(1)", "X")).rejects.toThrow(/https:\/\//);
  });
});
