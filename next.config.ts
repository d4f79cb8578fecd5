import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A lockfile in a parent folder would otherwise make Turbopack pick the wrong root.
  turbopack: { root: process.cwd() },
  serverExternalPackages: ["better-sqlite3"],
};

export default nextConfig;
