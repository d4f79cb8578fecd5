import { describe, expect, it } from "vitest";
import {
  chosenCode,
  normaliseCode,
  notCountedBecause,
  shortAddress,
  trackedDestination,
} from "@/lib/campaigns";

const chrome =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const request = (headers: Record<string, string>) =>
  new Headers({ "user-agent": chrome, ...headers });

describe("what counts as a click", () => {
  it("counts a person's browser", () => {
    expect(notCountedBecause("GET", request({}))).toBeUndefined();
  });

  it.each([
    [{ "sec-purpose": "prefetch" }, "prefetch"],
    [{ "sec-purpose": "prefetch;prerender" }, "prefetch"],
    [{ purpose: "prefetch" }, "prefetch"],
    [{ "next-router-prefetch": "1" }, "prefetch"],
    [{ "user-agent": "" }, "no user agent"],
    [{ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }, "bot or link preview"],
    [
      { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" },
      "bot or link preview",
    ],
    [{ "user-agent": "WhatsApp/2.23.20.0" }, "bot or link preview"],
    [{ "user-agent": "facebookexternalhit/1.1" }, "bot or link preview"],
    [{ "user-agent": "curl/8.5.0" }, "bot or link preview"],
  ])("does not count %o (%s)", (headers, reason) => {
    expect(notCountedBecause("GET", request(headers))).toBe(reason);
  });

  it.each(["HEAD", "POST", "PUT", "DELETE"])("does not count a %s", (method) => {
    expect(notCountedBecause(method, request({}))).toBe("not a GET");
  });
});

describe("short codes", () => {
  it("reads a typed code in lower case, with 0 and 1 as the letters they look like", () => {
    expect(normaliseCode("Spring-Flyer")).toBe("spring-flyer");
    expect(normaliseCode("spring-f1yer")).toBe("spring-flyer");
    expect(normaliseCode("c0ach")).toBe("coach");
    expect(normaliseCode("../admin")).toBeUndefined();
    expect(normaliseCode("-x")).toBeUndefined();
    expect(normaliseCode("%E0%A4%A")).toBeUndefined();
    expect(normaliseCode("Spring%2DFlyer")).toBe("spring-flyer");
  });

  it("refuses a typed code with a digit confused in print, or other characters", () => {
    expect(chosenCode.parse(" Spring-Flyer ")).toBe("spring-flyer");
    expect(chosenCode.safeParse("flyer-2010").error?.issues[0]?.message).toContain("0 and 1");
    expect(chosenCode.safeParse("spring flyer").error?.issues[0]?.message).toContain("hyphens");
    expect(chosenCode.safeParse("ab").error?.issues[0]?.message).toContain("at least 3");
  });
});

describe("where a tracked link lands", () => {
  const link = {
    code: "spring-flyer",
    target: "/articles/personal-trainer-vs-coach#cscs",
    utm_source: "flyer",
    utm_medium: "print",
    utm_campaign: "spring offer",
    utm_term: null,
    utm_content: null,
  };

  it("never leaves the site, whatever the stored path", () => {
    expect(trackedDestination({ ...link, target: "//evil.example/x" })).toMatch(
      /^\/evil\.example\/x\?/,
    );
  });

  it("on its section, with its UTM values and code in the query ahead of the #", () => {
    expect(trackedDestination(link)).toBe(
      "/articles/personal-trainer-vs-coach?utm_source=flyer&utm_medium=print&utm_campaign=spring%20offer&go=spring-flyer#cscs",
    );
  });

  it("prints a short address", () => {
    expect(shortAddress("https://altus.example", "spring-flyer")).toBe(
      "https://altus.example/go/spring-flyer",
    );
  });
});
