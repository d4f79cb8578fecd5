// Finds the Java runtime the W3C Nu HTML checker (vnu.jar, from the vnu-jar package) runs on:
// JAVA_HOME's, else `java` on PATH. The package's own JRE download cannot reach its servers here.
import { existsSync } from "node:fs";
import path from "node:path";

/** Shown whenever the HTML check needs Java and none is installed. */
export const missingJavaMessage = [
  "No Java runtime for the HTML validity check (the W3C Nu checker is a Java program).",
  "Install one, then run the tests again:",
  "  - Debian/Ubuntu: sudo apt-get install -y --no-install-recommends default-jre-headless",
  "  - macOS: brew install openjdk   (then put its bin folder on PATH)",
  "  - anything else: export JAVA_HOME=/path/to/jre   (the folder holding bin/java)",
].join("\n");

/** The `java` executable to run, or undefined when there is none. */
export function findJava(): string | undefined {
  const home = process.env.JAVA_HOME;
  if (home) {
    // A wrong JAVA_HOME is a mistake to report, not a reason to quietly use another Java.
    const java = path.join(home, "bin", "java");
    if (existsSync(java)) return java;
    throw new Error(`JAVA_HOME is set to ${home}, but there is no bin/java in it.`);
  }
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return dirs.map((dir) => path.join(dir, "java")).find((java) => existsSync(java));
}
