import { describe, expect, it } from "vitest";
import { getFormWords } from "@/lib/content";
import { validateLead } from "@/lib/leads";
import { contentWith, problemsIn } from "@/tests/fixtures/settings";
import { validLead } from "../db/fixtures";

const fixture = "tests/fixtures/content";
const file = "forms/contact.yaml";

describe("the contact form's words", () => {
  it("reads every label, choice and message of the form", () => {
    const words = getFormWords({ contentDir: fixture });
    expect(words.labels.name).toBe("Your name");
    expect(words.goals).toEqual({
      "weight-loss": "Weight loss",
      strength: "Strength",
      performance: "Performance",
      health: "General health",
      other: "Other",
    });
    expect(words.contactMethods.phone).toBe("Phone");
    expect(words.notSent.rateLimited).toContain("{seconds}");
  });

  it("gives the lead schema its messages, numbers filled in", () => {
    const { errors } = getFormWords({ contentDir: fixture });
    const result = validateLead(validLead({ name: "", message: "x".repeat(2001) }), errors);
    expect(result.ok ? {} : result.errors).toEqual({
      name: ["Please tell us your name."],
      message: ["Your message is 2001 characters; please keep it under 2000."],
    });
  });

  it("speaks with whichever words it is given", () => {
    const { errors } = getFormWords({ contentDir: fixture });
    const result = validateLead(validLead({ name: "" }), { ...errors, nameMissing: "Name?" });
    expect(result.ok ? {} : result.errors).toEqual({ name: ["Name?"] });
  });

  it.each([
    ["  name: Your name\n", "", `${file}:1 labels name is missing or not text`],
    [
      "  send: Send",
      `  send: ${"x".repeat(50)}`,
      `${file}:28 buttons send is 50 characters; keep it to 40 at most`,
    ],
    [
      "  nameTooLong: Please shorten your name to {max} characters or fewer.",
      "  nameTooLong: Please shorten your name to 100 characters or fewer.",
      `${file}:35 errors nameTooLong must keep {max} where the form fills in the number`,
    ],
    [
      "Please wait {seconds} seconds",
      "Please wait a minute",
      `${file}:69 notSent rateLimited must keep {seconds} where the form fills in the number`,
    ],
    [
      "  other: Other\n",
      "  other: Other\n  flying: Flying\n",
      `${file}:24 goals has a label for flying, which the form does not offer; give labels for exactly weight-loss, strength, performance, health, other`,
    ],
    ["  health: General health\n", "", `${file}:18 goals health is missing or not text`],
    ["  phone: Phone\n", "", `${file}:24 contactMethods phone is missing or not text`],
  ])("refuses %j → %j with its line", async (from, to, message) => {
    const dir = contentWith(file, (source) => source.replace(from, to));
    expect(await problemsIn(dir)).toEqual([expect.stringContaining(message)]);
    expect(() => getFormWords({ contentDir: dir })).toThrow(message);
  });
});
