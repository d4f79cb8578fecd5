import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth";

const password = "correct horse battery";

/** The same hash with one base64url character of the given part (salt or hash) changed. */
function tampered(stored: string, part: "salt" | "hash"): string {
  const fields = stored.split("$");
  const index = part === "salt" ? 4 : 5;
  const value = fields[index] ?? "";
  fields[index] = (value.startsWith("A") ? "B" : "A") + value.slice(1);
  return fields.join("$");
}

describe("staff passwords", () => {
  it("salts each hash, so the same password never hashes the same twice", async () => {
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(first).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first?.split("$")[4]).not.toBe(second?.split("$")[4]);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword(password);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword("correct horse battery!", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("refuses the right password against a tampered hash or salt", async () => {
    const stored = await hashPassword(password);
    expect(await verifyPassword(password, tampered(stored, "hash"))).toBe(false);
    expect(await verifyPassword(password, tampered(stored, "salt"))).toBe(false);
    expect(await verifyPassword(password, stored.replace(/^scrypt/, "bcrypt"))).toBe(false);
    expect(await verifyPassword(password, "")).toBe(false);
  });

  it("asks for at least 12 characters", () => {
    expect(passwordProblem("a".repeat(11))).toBe(
      "The password must be at least 12 characters long.",
    );
    expect(passwordProblem("a".repeat(12))).toBeUndefined();
  });

  it("counts characters, not UTF-16 units, toward the minimum", () => {
    expect(passwordProblem("🔑".repeat(11))).toBeDefined();
    expect(passwordProblem("🔑".repeat(12))).toBeUndefined();
  });
});
