import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "@/lib/auth";

const password = "correct horse battery";

/** The same hash with one base64 character of the given part (salt or hash) changed. */
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
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[\w+/]+\$[\w+/]+$/);
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
    expect(await verifyPassword(password, stored.replace(/^\$argon2id/, "$argon2i"))).toBe(false);
    expect(await verifyPassword(password, "")).toBe(false);
  });

  it("still accepts a password hashed with scrypt before argon2id, and asks for it to be redone", async () => {
    const legacy =
      "scrypt$32768$8$1$cXW_CyW0LqUqGnsyZ2FQ3w$hea4hXDakNYTT6PqChZEArUlnid6_k1u3jtYtct3_9s";
    expect(await verifyPassword(password, legacy)).toBe(true);
    expect(await verifyPassword("correct horse battery!", legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash(await hashPassword(password))).toBe(false);
  });

  it("asks for at least 12 characters", () => {
    expect(passwordProblem("a".repeat(11))).toBe(
      "The password must be at least 12 characters long.",
    );
    expect(passwordProblem("k7#Qm2!vZp9x")).toBeUndefined();
  });

  it("refuses the passwords attackers try first, and the business's name repeated", () => {
    for (const common of ["password1234", "qwertyuiop123", "iloveyou1234", "aaaaaaaaaaaa"]) {
      expect(passwordProblem(common)).toMatch(/one of the most common/);
    }
    expect(passwordProblem("altusaltus12")).toMatch(/most common/);
    expect(passwordProblem("correct horse battery staple")).toBeUndefined();
  });

  it("counts characters, not UTF-16 units, toward the minimum", () => {
    const twelve = "🔑🌲🎻🚲🍋🧭🪁🦉🌋🎲🧵🪴";
    expect(passwordProblem([...twelve].slice(1).join(""))).toMatch(/at least 12/);
    expect(passwordProblem(twelve)).toBeUndefined();
  });
});
