import { describe, expect, it } from "vitest";
import { DELETE, GET, PUT } from "@/app/api/contact/route";

describe("/api/contact with another method", () => {
  it.each([
    ["GET", GET],
    ["PUT", PUT],
    ["DELETE", DELETE],
  ])("answers %s with 405, Allow: POST and a readable message", async (_method, handler) => {
    const response = handler();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toEqual({
      error: "Use POST to send the contact form to this address.",
    });
  });
});
