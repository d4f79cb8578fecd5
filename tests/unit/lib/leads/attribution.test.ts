import { describe, expect, it } from "vitest";
import {
  attributionFields,
  landingMaxAgeMs,
  landingOf,
  readLanding,
  recordLanding,
} from "@/lib/leads/attribution";

const site = "https://altus.example";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("attribution from the /contact request (no JavaScript)", () => {
  it("takes UTMs from the address and the outside referrer without its query", () => {
    expect(
      attributionFields(
        { utm_source: "news", utm_campaign: ["spring", "ignored"], q: "x" },
        "https://search.example/results?q=coach+near+me",
        site,
      ),
    ).toEqual({
      utmSource: "news",
      utmCampaign: "spring",
      referrer: "https://search.example/results",
    });
  });

  it("knows this site under the name the request used, not only SITE_URL's", () => {
    expect(
      attributionFields({}, "https://www.altus.example/certifications", site, "www.altus.example"),
    ).toEqual({ landingPage: "/certifications" });
  });

  it("takes the page on this site that linked to the form", () => {
    expect(attributionFields({}, `${site}/articles/personal-trainer-vs-coach?x=1`, site)).toEqual({
      landingPage: "/articles/personal-trainer-vs-coach",
    });
  });
});

describe("where the visit began (with JavaScript)", () => {
  const hour = 60 * 60 * 1000;
  const empty = {
    utmSource: undefined,
    utmMedium: undefined,
    utmCampaign: undefined,
    utmTerm: undefined,
    utmContent: undefined,
    referrer: undefined,
    landingPage: undefined,
  };

  it("records the landing page, its UTMs and the outside referrer without its query", () => {
    expect(
      landingOf(
        `${site}/articles/personal-trainer-vs-coach?utm_source=ad&utm_medium=cpc`,
        "https://social.example/p/1?u=me",
      ),
    ).toEqual({
      utmSource: "ad",
      utmMedium: "cpc",
      referrer: "https://social.example/p/1",
      landingPage: "/articles/personal-trainer-vs-coach",
    });
  });

  it("records the tracked link a visit began with, from the code its redirect adds", () => {
    expect(
      landingOf(
        `${site}/articles/personal-trainer-vs-coach?utm_source=flyer&utm_medium=print&utm_campaign=spring&go=spring-flyer`,
        "",
      ),
    ).toEqual({
      utmSource: "flyer",
      utmMedium: "print",
      utmCampaign: "spring",
      trackedLink: "spring-flyer",
      landingPage: "/articles/personal-trainer-vs-coach",
    });
  });

  it("keeps no tracked link from a go= value that cannot be a link's code", () => {
    expect(landingOf(`${site}/articles?go=${encodeURIComponent("<b>x</b>")}`, "")).toEqual({
      landingPage: "/articles",
    });
  });

  it("in a new tab opened from a page of this site, names that page", () => {
    expect(landingOf(`${site}/contact`, `${site}/articles/personal-trainer-vs-coach`)).toEqual({
      landingPage: "/articles/personal-trainer-vs-coach",
    });
  });

  it("keeps a landing page path within what the form accepts", () => {
    expect(landingOf(`${site}/${"x".repeat(600)}`, "").landingPage).toHaveLength(500);
  });

  it("keeps the landing while the prospect reads on, as one set replacing /contact's", () => {
    const storage = memoryStorage();
    recordLanding(storage, `${site}/?utm_source=ad`, "https://search.example/", 0);
    recordLanding(storage, `${site}/certifications`, `${site}/`, hour);
    expect(readLanding(storage, hour)).toEqual({
      ...empty,
      utmSource: "ad",
      referrer: "https://search.example/",
      landingPage: "/",
    });
  });

  it("starts a new visit on a campaign link or an outside referrer", () => {
    const storage = memoryStorage();
    recordLanding(storage, `${site}/`, "", 0);
    recordLanding(storage, `${site}/contact?utm_source=newsletter`, "", hour);
    expect(readLanding(storage, hour)).toEqual({
      ...empty,
      utmSource: "newsletter",
      landingPage: "/contact",
    });
  });

  it("forgets a landing older than 12 hours (a tab restored the next day)", () => {
    const storage = memoryStorage();
    recordLanding(storage, `${site}/?utm_source=ad`, "", 0);
    expect(readLanding(storage, landingMaxAgeMs + 1)).toBeUndefined();
    recordLanding(storage, `${site}/certifications`, "", landingMaxAgeMs + 1);
    expect(readLanding(storage, landingMaxAgeMs + 1)?.landingPage).toBe("/certifications");
  });

  it("takes only the fields it knows from storage, and replaces what it cannot read", () => {
    const storage = memoryStorage();
    storage.items.set(
      "altus:landing",
      JSON.stringify({
        at: 0,
        fields: { utmSource: "ad", email: "x@example.com", website: "spam" },
      }),
    );
    expect(readLanding(storage, 0)).toEqual({ ...empty, utmSource: "ad" });
    storage.items.set("altus:landing", "{not json");
    expect(readLanding(storage, 0)).toBeUndefined();
    recordLanding(storage, `${site}/articles`, "", 0);
    expect(readLanding(storage, 0)?.landingPage).toBe("/articles");
  });

  it("gives up quietly when the browser refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => recordLanding(refusing, `${site}/`, "")).not.toThrow();
    expect(readLanding(refusing)).toBeUndefined();
  });
});
