// Reads QR codes back the way a phone would, without asking the library that drew them: the
// PNG's pixels through pngjs and jsqr, the SVG's path as a grid of modules.
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** Rows of modules, quiet zone included; true is dark. */
export type ModuleGrid = boolean[][];

export type Pixels = { width: number; height: number; data: Uint8ClampedArray };

export function readPng(png: Buffer): Pixels {
  const image = PNG.sync.read(png);
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return { width: image.width, height: image.height, data };
}

/** The pixel's RGBA as "#rrggbbaa". */
export function pixelColour({ width, data }: Pixels, x: number, y: number): string {
  const start = (y * width + x) * 4;
  return `#${[...data.subarray(start, start + 4)].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

export const black = "#000000ff";
export const white = "#ffffffff";

/** The text and version jsqr reads, or null if it finds no code. */
export function scan({ width, height, data }: Pixels) {
  const found = jsQR(data, width, height, { inversionAttempts: "dontInvert" });
  return found && { text: found.data, version: found.version };
}

/** Side of a version's symbol in modules, without the quiet zone (ISO/IEC 18004: 17 + 4v). */
export const symbolModules = (version: number) => 17 + 4 * version;

/** The grid sampled at each module's centre. */
export function pixelsToGrid(pixels: Pixels, moduleSize: number): ModuleGrid {
  const side = pixels.width / moduleSize;
  const centre = (index: number) => Math.floor((index + 0.5) * moduleSize);
  return Array.from({ length: side }, (_, row) =>
    Array.from(
      { length: side },
      (_, col) => pixelColour(pixels, centre(col), centre(row)) === black,
    ),
  );
}

/** The grid drawn at `moduleSize` pixels per module, black on white. */
export function gridToPixels(grid: ModuleGrid, moduleSize: number): Pixels {
  const width = grid.length * moduleSize;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const dark = grid[Math.floor(y / moduleSize)]?.[Math.floor(x / moduleSize)];
      data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4);
    }
  return { width, height: width, data };
}

/**
 * The grid an SVG's dark path draws: runs of modules written as M/m moves and h lines along
 * each row's middle (y + 0.5), one unit per module, as the viewBox's side.
 */
export function svgToGrid(svg: string): ModuleGrid {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]*)"\/>/.exec(svg)?.[1];
  if (!side || path === undefined) throw new Error("No square viewBox or dark path in the SVG.");
  const grid: ModuleGrid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const [dx, dy] = [Number(a), Number(b ?? 0)];
    if (command === "M") [x, y] = [dx, dy];
    else if (command === "m") [x, y] = [x + dx, y + dy];
    else {
      const row = grid[Math.floor(y)];
      for (let col = x; col < x + dx; col++) if (row) row[col] = true;
      x += dx;
    }
  }
  return grid;
}

const levels = { 0b00: "M", 0b01: "L", 0b10: "H", 0b11: "Q" } as const;

/**
 * Error correction level and mask as the symbol states them in its format information, read from
 * both copies: row 8 of the top-left corner (bits 14..10 in columns 0..4) and column 8 of the
 * bottom-left (bits 14..10 from the bottom row up). The 15 bits are XORed with 101010000010010.
 */
export function formatInformation(grid: ModuleGrid, quietZone: number) {
  const side = grid.length - 2 * quietZone;
  const dark = (row: number, col: number) => grid[row + quietZone]?.[col + quietZone] === true;
  const read = (module: (bit: number) => boolean) =>
    [0, 1, 2, 3, 4].reduce((bits, index) => (bits << 1) | (module(index) ? 1 : 0), 0) ^ 0b10101;
  const topLeft = read((index) => dark(8, index));
  const bottomLeft = read((index) => dark(side - 1 - index, 8));
  const level = (bits: number) => levels[(bits >> 3) as keyof typeof levels];
  return { level: level(topLeft), mask: topLeft & 0b111, copiesAgree: topLeft === bottomLeft };
}
