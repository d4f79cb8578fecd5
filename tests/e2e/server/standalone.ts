// The standalone server as deployed (README "Deploying", as the Next docs say): the standalone
// folder, then public/ and .next/static copied into it. Hard links make the copy take a second;
// a test that edits a file in it must unlink the file first, or it edits the build's own.
import { cpSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

/** A deployable copy of the current build in `into`/app; returns the app's folder. */
export function deployStandalone(into: string): string {
  const app = path.join(into, "app");
  execFileSync("cp", ["-al", ".next/standalone", app]);
  cpSync(".next/static", path.join(app, ".next", "static"), { recursive: true });
  cpSync("public", path.join(app, "public"), { recursive: true });
  return app;
}
