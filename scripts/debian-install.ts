// Installs a Debian package for the tests when we may (root, apt-get present): the only
// downloads the tests allow are Debian's and the npm registry's. Returns whether it tried.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function installDebianPackage(name: string, options: string[] = []): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`Not found: installing Debian's ${name} package with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...options, name], { stdio: "inherit", env });
  return true;
}
