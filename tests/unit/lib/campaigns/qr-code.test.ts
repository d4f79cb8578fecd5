import { describe, expect, it } from "vitest";
import { maxQrAddressLength, qrAddress, qrFileName, qrPng, qrSvg } from "@/lib/campaigns/server";
import {
  black,
  formatInformation,
  gridToPixels,
  pixelColour,
  pixelsToGrid,
  readPng,
  scan,
  svgToGrid,
  symbolModules,
  white,
  type Pixels,
} from "../../../fixtures/qr-scan";

const flyer = "https://altus.example/go/SPRING-FLYER?qr=1";
// As long as an address may be: a bigger symbol, with more alignment patterns to get right.
const longest = `https://altus.example/go/${"A".repeat(maxQrAddressLength - 30)}?qr=1`;
const addresses = [
  ["short", flyer],
  ["200-character", longest],
] as const;

/** The PNG read back: its pixels, what jsqr scans, and the module size that follows. */
async function scannedPng(address: string) {
  const pixels = readPng(await qrPng(address));
  const scanned = scan(pixels);
  if (!scanned) throw new Error(`jsqr found no code in the PNG of ${address}`);
  const modules = symbolModules(scanned.version) + 2 * 4;
  return { pixels, scanned, modules, moduleSize: pixels.width / modules };
}

function everyPixel(pixels: Pixels, check: (x: number, y: number) => boolean) {
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) if (!check(x, y)) return false;
  return true;
}

describe("qrPng", () => {
  it.each(addresses)("scans back as exactly the %s address it encodes", async (_, address) => {
    const { scanned } = await scannedPng(address);
    expect(scanned.text).toBe(address);
  });

  it("is square, at least 1024 px wide, each module a whole number of pixels", async () => {
    const { pixels, moduleSize } = await scannedPng(flyer);
    expect(pixels.width).toBeGreaterThanOrEqual(1024);
    expect(pixels.height).toBe(pixels.width);
    expect(Number.isInteger(moduleSize)).toBe(true);
  });

  it("draws each module in one colour, black or white", async () => {
    const { pixels, moduleSize } = await scannedPng(flyer);
    const grid = pixelsToGrid(pixels, moduleSize);
    const expected = (x: number, y: number) =>
      grid[Math.floor(y / moduleSize)]?.[Math.floor(x / moduleSize)] ? black : white;
    expect(everyPixel(pixels, (x, y) => pixelColour(pixels, x, y) === expected(x, y))).toBe(true);
  });

  it.each(addresses)(
    "leaves a quiet zone of 4 modules on every side (%s address)",
    async (_, address) => {
      const { pixels, moduleSize } = await scannedPng(address);
      const zone = 4 * moduleSize;
      const far = pixels.width - zone;
      const inZone = (x: number, y: number) => x < zone || y < zone || x >= far || y >= far;
      expect(
        everyPixel(pixels, (x, y) => !inZone(x, y) || pixelColour(pixels, x, y) === white),
      ).toBe(true);
      // The finder patterns touch the symbol's edge, so the 5th module in from each side has ink.
      const band = Array.from({ length: pixels.width - 2 * zone }, (_, i) => zone + i);
      const inkAt = (points: [number, number][]) =>
        points.some(([x, y]) => pixelColour(pixels, x, y) === black);
      expect(inkAt(band.map((x) => [x, zone]))).toBe(true);
      expect(inkAt(band.map((x) => [x, far - 1]))).toBe(true);
      expect(inkAt(band.map((y) => [zone, y]))).toBe(true);
      expect(inkAt(band.map((y) => [far - 1, y]))).toBe(true);
    },
  );

  it.each(addresses)(
    "states error correction level M in its format (%s address)",
    async (_, address) => {
      const { pixels, moduleSize } = await scannedPng(address);
      const format = formatInformation(pixelsToGrid(pixels, moduleSize), 4);
      expect(format.copiesAgree).toBe(true);
      expect(format.level).toBe("M");
    },
  );
});

describe("qrSvg", () => {
  it("draws the same modules as the PNG, quiet zone included, one viewBox unit each", async () => {
    const svg = await qrSvg(flyer);
    const { pixels, moduleSize, modules } = await scannedPng(flyer);
    expect(svg).toContain(`viewBox="0 0 ${modules} ${modules}"`);
    expect(svgToGrid(svg)).toEqual(pixelsToGrid(pixels, moduleSize));
  });

  it.each(addresses)("scans back as exactly the %s address it encodes", async (_, address) => {
    const grid = svgToGrid(await qrSvg(address));
    expect(scan(gridToPixels(grid, 4))?.text).toBe(address);
    expect(formatInformation(grid, 4).level).toBe("M");
  });

  it("paints black modules on a white square", async () => {
    const svg = await qrSvg(flyer);
    expect(svg).toMatch(/<path fill="#ffffff" d="M0 0h(\d+)v\1H0z"\/>/);
    expect(svg).toContain('<path stroke="#000000" d="');
    expect(svg).toContain('shape-rendering="crispEdges"');
  });

  it("opens with a title naming the address, escaped for XML", async () => {
    const address = "https://altus.example/go/SPRING-FLYER?qr=1&from=poster";
    const svg = await qrSvg(address);
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*><title>QR code for https:\/\/altus\.example\/go\/SPRING-FLYER\?qr=1&amp;from=poster<\/title>/,
    );
  });

  it("carries no script, style, event handler or link to load", async () => {
    const svg = await qrSvg("https://altus.example/go/X?qr=1&a=<script>alert(1)</script>");
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<style|style=/i);
    expect(svg).not.toMatch(/\son\w+=/i);
    expect(svg).not.toMatch(/href=/i);
    expect(svg).toContain("%3Cscript%3E");
  });
});

describe("address checks", () => {
  it.each([
    ["javascript:alert(1)", /start with https:\/\/ or http:\/\//],
    ["ftp://altus.example/go/X", /not “ftp:”/],
    ["data:text/html,hi", /start with https:\/\//],
    ["/go/SPRING-FLYER", /whole web address/],
    ["altus.example/go/SPRING-FLYER", /whole web address/],
    ["https://staff:secret@altus.example/go/X", /user name or password/],
    [`https://altus.example/go/${"A".repeat(maxQrAddressLength)}`, /at most 200 characters/],
    [`https://altus.example/go/${"é".repeat(70)}`, /at most 200 characters once encoded/],
  ])("refuses %s", async (address, message) => {
    await expect(qrSvg(address)).rejects.toThrow(message);
    await expect(qrPng(address)).rejects.toThrow(message);
    expect(() => qrAddress(address)).toThrow(message);
  });
});

describe("qrAddress", () => {
  it("adds qr=1 to the short address's query", () => {
    expect(qrAddress("https://altus.example/go/SPRING-FLYER")).toBe(flyer);
  });

  it("keeps other parameters and sets qr=1 only once", () => {
    expect(qrAddress("https://altus.example/go/SPRING-FLYER?ref=a&qr=0")).toBe(
      "https://altus.example/go/SPRING-FLYER?ref=a&qr=1",
    );
    expect(qrAddress(flyer)).toBe(flyer);
  });
});

describe("qrFileName", () => {
  it("names the file after the code", () => {
    expect(qrFileName("SPRING-FLYER", "png")).toBe("altus-go-SPRING-FLYER.png");
    expect(qrFileName("spring_2027", "svg")).toBe("altus-go-spring_2027.svg");
  });

  it("keeps only letters, digits, - and _ so the name is safe in a header and on disk", () => {
    expect(qrFileName('a"b\r\nc/../d; é', "png")).toBe("altus-go-a-b-c-d.png");
    expect(qrFileName("x".repeat(100), "png")).toBe(`altus-go-${"x".repeat(64)}.png`);
  });

  it("falls back to a plain name when no safe character is left", () => {
    expect(qrFileName("/../", "svg")).toBe("altus-go-link.svg");
  });
});
