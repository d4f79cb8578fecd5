import { describe, expect, it } from "vitest";
import { newPasswordProblem, newPasswordProblemText } from "@/lib/auth/reset";

const ana = "ana@altus.example";

describe("a new password typed twice", () => {
  it("is fine when long, uncommon and typed alike", () => {
    const typed = "tangerine lighthouse cobbler";
    expect(newPasswordProblem(typed, typed, ana)).toBeUndefined();
  });

  it("names each problem by a code the page turns into words", () => {
    expect(newPasswordProblem("short", "short", ana)).toBe("short");
    expect(newPasswordProblem("x".repeat(1001), "x".repeat(1001), ana)).toBe("long");
    expect(newPasswordProblem("password1234", "password1234", ana)).toBe("common");
    expect(newPasswordProblem("tangerine lighthouse", "tangerine lighthous", ana)).toBe("differ");
    expect(newPasswordProblemText.short).toMatch(/at least 12 characters/);
    expect(newPasswordProblemText.common).toMatch(/most common/);
  });
});
