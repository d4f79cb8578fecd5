import { describe, expect, it } from "vitest";
import { formDataToLeadInput } from "@/lib/leads";
import { validateLead } from "@/tests/fixtures/lead-words";
import { validLead } from "../db/fixtures";

const errorsFor = (overrides: Record<string, unknown>) => {
  const result = validateLead(validLead(overrides));
  return result.ok ? {} : result.errors;
};

describe("lead schema", () => {
  it("accepts a complete submission and trims what was typed", () => {
    const result = validateLead(validLead({ name: "  Jordan Rivera  " }));
    expect(result.ok && result.lead.name).toBe("Jordan Rivera");
  });

  it("accepts a submission with only the required fields", () => {
    const result = validateLead(
      validLead({ phone: "", training: "", limitations: "", message: "" }),
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    [{ name: "" }, "name", "Please tell us your name."],
    [{ name: "a".repeat(101) }, "name", "Please shorten your name to 100 characters or fewer."],
    [{ email: "jordan@" }, "email", "Please enter an email address like name@example.com."],
    [
      { email: "jordan.example.com" },
      "email",
      "Please enter an email address like name@example.com.",
    ],
    [{ email: "" }, "email", "Please enter your email address."],
    [
      { phone: "call me" },
      "phone",
      "Please enter a phone number with digits only, like +1 555 010 0199.",
    ],
    [{ goals: [] }, "goals", "Please choose at least one goal."],
    [{ goals: ["flying"] }, "goals", "Please choose from the listed goals."],
    [{ contactMethod: "fax" }, "contactMethod", "Please choose how you’d like us to contact you."],
    [
      { contactMethod: "phone", phone: "" },
      "phone",
      "Please add a phone number, or choose email as the way to contact you.",
    ],
    [
      { message: "x".repeat(2001) },
      "message",
      "Your message is 2001 characters; please keep it under 2000.",
    ],
    [{ consent: false }, "consent", "Please agree to be contacted so we can reply to you."],
    [
      { submissionId: "123" },
      "submissionId",
      "This form has expired. Please reload the page and send it again.",
    ],
  ])("rejects %j with a message for the prospect", (overrides, field, message) => {
    expect(errorsFor(overrides)[field]).toEqual([message]);
  });

  it("reads an HTML form body: repeated goals, consent 'on', blanks as not given", () => {
    const form = new URLSearchParams("name=Jo&goals=strength&goals=other&consent=on&phone=");
    expect(formDataToLeadInput(form)).toEqual({
      name: "Jo",
      goals: ["strength", "other"],
      consent: true,
      phone: "",
    });
  });

  it("treats a form without any goal ticked as an empty choice", () => {
    expect(formDataToLeadInput(new URLSearchParams("name=Jo")).goals).toEqual([]);
  });
});

describe("text a database can store", () => {
  it.each([
    ["message", "hi\u0000there"],
    ["message", "bell\u0007"],
    ["name", "Jordan\u0000"],
    ["limitations", "half a pair \ud800"],
    ["landingPage", "/x\u0000"],
  ])(
    "refuses %s with a control character or lone surrogate, with a readable message",
    (field, value) => {
      const result = validateLead(validLead({ [field]: value }));
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[field]?.join(" ")).toMatch(/unusual invisible characters/);
    },
  );

  it("keeps line breaks, tabs, accents and emoji", () => {
    const result = validateLead(
      validLead({ message: "Line one\n\tLine two — café 💪", name: "Zoë Ångström" }),
    );
    expect(result.ok).toBe(true);
  });
});
