import "server-only";
// Open Graph images, drawn at build time by next/og. Satori takes only inline styles and
// TTF/OTF/WOFF fonts (not WOFF2), hence the style objects and the self-hosted .woff file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getSite } from "@/lib/content";

export const ogSize = { width: 1200, height: 630 };
export const ogContentType = "image/png";

const fontFile = path.join(
  process.cwd(),
  "node_modules/@fontsource/inter/files/inter-latin-700-normal.woff",
);

export async function ogImage(title: string, kicker: string) {
  const font = await readFile(fontFile);
  const site = getSite();
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px",
        background: "#08372b",
        color: "#ffffff",
        fontFamily: "Inter",
      }}
    >
      <div style={{ fontSize: 40, color: "#d5ebe3" }}>{kicker}</div>
      <div style={{ fontSize: 76, lineHeight: 1.1, letterSpacing: "-0.02em" }}>{title}</div>
      <div
        style={{ display: "flex", justifyContent: "space-between", fontSize: 36, color: "#d5ebe3" }}
      >
        <span style={{ color: "#ffffff" }}>{site.name}</span>
        <span>{site.tagline}</span>
      </div>
    </div>,
    { ...ogSize, fonts: [{ name: "Inter", data: font, weight: 700, style: "normal" }] },
  );
}
