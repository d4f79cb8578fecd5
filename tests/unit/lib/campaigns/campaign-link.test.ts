import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  campaignLink,
  campaignLinkInput,
  linkTargets,
  readCampaignForm,
  targetUrls,
} from "@/lib/campaigns";

const site = "https://altus.example";
const section = `${site}/articles/personal-trainer-vs-coach#goals`;
const targets = [`${site}/`, section];
const spring = { source: "newsletter", medium: "email", campaign: "spring-offer" };

describe("campaignLink", () => {
  it("puts the parameters before the #fragment and keeps the fragment", () => {
    expect(campaignLink(section, spring)).toBe(
      `${site}/articles/personal-trainer-vs-coach?utm_source=newsletter&utm_medium=email&utm_campaign=spring-offer#goals`,
    );
  });

  it("keeps the target's own query parameters", () => {
    const link = new URL(campaignLink(`${site}/articles?page=2#list`, spring));
    expect(link.searchParams.get("page")).toBe("2");
    expect(link.searchParams.get("utm_campaign")).toBe("spring-offer");
    expect(link.hash).toBe("#list");
  });

  it("encodes spaces, & and # in values so they stay inside their parameter", () => {
    const link = campaignLink(section, { ...spring, campaign: "Spring & summer #1+2" });
    expect(link).toContain("utm_campaign=Spring%20%26%20summer%20%231%2B2#goals");
    expect(new URL(link).searchParams.get("utm_campaign")).toBe("Spring & summer #1+2");
    expect(new URL(link).hash).toBe("#goals");
  });

  it("trims values and leaves out empty optional ones", () => {
    const link = new URL(campaignLink(section, { ...spring, source: "  newsletter ", term: " " }));
    expect(link.searchParams.get("utm_source")).toBe("newsletter");
    expect(link.searchParams.has("utm_term")).toBe(false);
  });

  it("replaces UTM parameters the target already had", () => {
    const link = new URL(campaignLink(`${site}/?utm_source=old&utm_term=old`, spring));
    expect(link.searchParams.getAll("utm_source")).toEqual(["newsletter"]);
    expect(link.searchParams.has("utm_term")).toBe(false);
  });
});

describe("campaignLinkInput", () => {
  const schema = campaignLinkInput(targets);
  const form = {
    target: section,
    utm_source: "newsletter",
    utm_medium: "email",
    utm_campaign: "spring-offer",
  };
  const messages = (input: Record<string, string>) => {
    const result = schema.safeParse(input);
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  };

  it("accepts a listed target with the three required values, empty optional ones unset", () => {
    const result = schema.safeParse({ ...form, utm_term: "", utm_content: " " });
    expect(result.success && result.data).toMatchObject({ utm_term: undefined });
    expect(result.success && result.data.utm_content).toBeUndefined();
  });

  it("asks for the campaign name when it is missing or blank", () => {
    const withoutCampaign = { target: section, utm_source: "newsletter", utm_medium: "email" };
    expect(messages(withoutCampaign).utm_campaign).toEqual([
      "Enter the campaign name, for example “spring-offer”.",
    ]);
    expect(messages({ ...form, utm_campaign: "   " }).utm_campaign).toHaveLength(1);
  });

  it("refuses a target that is not one of the listed addresses", () => {
    expect(messages({ ...form, target: "https://evil.example/" }).target).toEqual([
      "That address is not one of the site’s pages or sections: choose one from the list.",
    ]);
  });

  it("refuses values over 100 characters or with control characters", () => {
    expect(messages({ ...form, utm_source: "x".repeat(101) }).utm_source?.[0]).toMatch(/100/);
    expect(messages({ ...form, utm_medium: "e\u0000mail" }).utm_medium?.[0]).toMatch(/hidden/);
  });
});

describe("readCampaignForm", () => {
  it("is blank when only a target is given, so a section link can preselect it", () => {
    const state = readCampaignForm(new URLSearchParams({ target: section }), targets);
    expect(state).toEqual({ kind: "blank", values: { target: section } });
  });

  it("builds the link once the form is sent", () => {
    const params = new URLSearchParams({
      target: section,
      utm_source: "newsletter",
      utm_medium: "email",
      utm_campaign: "spring-offer",
      utm_term: "",
      utm_content: "",
    });
    const state = readCampaignForm(params, targets);
    expect(state.kind === "built" && state.link).toBe(campaignLink(section, spring));
  });

  it("gives one message per field to fix", () => {
    const params = new URLSearchParams({ target: "", utm_source: "", utm_medium: "email" });
    const state = readCampaignForm(params, targets);
    expect(state.kind === "invalid" && Object.keys(state.errors).sort()).toEqual([
      "target",
      "utm_campaign",
      "utm_source",
    ]);
  });
});

describe("linkTargets", () => {
  it("lists the fixed pages, then each page's top and sections, as content:links does", () => {
    const page = {
      route: "/articles/personal-trainer-vs-coach",
      frontmatter: { title: "Personal trainer vs coach" },
      compiled: {
        sections: [
          { id: "education", title: "Education and certification", depth: 2 },
          { id: "cscs", title: "CSCS from the NSCA", depth: 3 },
        ],
      },
    };
    const groups = linkTargets(site, ["/", "/contact"], [page]);
    expect(groups.map((group) => group.title)).toEqual(["Main pages", "Personal trainer vs coach"]);
    expect(targetUrls(groups)).toEqual([
      `${site}/`,
      `${site}/contact`,
      `${site}/articles/personal-trainer-vs-coach`,
      `${site}/articles/personal-trainer-vs-coach#education`,
      `${site}/articles/personal-trainer-vs-coach#cscs`,
    ]);
    expect(groups[1]?.targets[2]).toMatchObject({
      name: "Personal trainer vs coach: CSCS from the NSCA",
      level: "subsection",
    });
  });
});
