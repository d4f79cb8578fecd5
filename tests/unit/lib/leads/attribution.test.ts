import { describe, expect, it } from "vitest";
import { attributionFields, landingOf, rememberLanding } from "@/lib/leads/attribution";

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

describe("the first page of a visit (with JavaScript)", () => {
  it("records where the visit began, its UTMs and the outside referrer", () => {
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

  it("keeps the first page of the visit when the prospect reads on", () => {
    const storage = memoryStorage();
    const first = rememberLanding(storage, `${site}/?utm_source=ad`, "https://search.example/");
    const later = rememberLanding(storage, `${site}/contact?utm_source=other`, `${site}/`);
    expect(later).toEqual(first);
    expect(later).toEqual({
      utmSource: "ad",
      referrer: "https://search.example/",
      landingPage: "/",
    });
  });

  it("gives up quietly when the browser refuses storage or holds something else", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
    };
    expect(rememberLanding(refusing, `${site}/`, "")).toBeUndefined();
    const storage = memoryStorage();
    storage.items.set("altus:landing", '{"utmSource": 5}');
    expect(rememberLanding(storage, `${site}/contact`, "")).toEqual({ landingPage: "/contact" });
  });
});
