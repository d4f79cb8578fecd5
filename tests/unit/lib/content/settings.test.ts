import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkTargets, targetUrls } from "@/lib/campaigns";
import { getHome, getHomeSections, getLinkablePages, getPageWords, getSite } from "@/lib/content";
import { contentWith, problemsIn } from "@/tests/fixtures/settings";

const fixture = "tests/fixtures/content";

const long = "x".repeat(200);

describe("the site's own words", () => {
  it("reads the site settings: name, tagline, menu word, navigation and the words around pages", () => {
    expect(getSite({ contentDir: fixture })).toEqual({
      name: "Altus",
      tagline: "Coaching, not just training.",
      menuLabel: "Menu",
      navigation: [
        { label: "Home", href: "/" },
        { label: "Articles", href: "/articles" },
        { label: "Contact", href: "/contact" },
      ],
      skipLink: "Skip to content",
      landmarks: { main: "Main", footer: "Footer", breadcrumb: "Breadcrumb" },
      homeCrumb: "Home",
      onThisPage: "On this page",
      dates: { published: "Published", updated: "Updated" },
      sectionLink: { label: "Copy link to section: {title}", copied: "Link copied" },
      shareImage: {
        alt: "Altus: coaching, not just training",
        homeKicker: "Altus coaching",
        homeAlt: "Altus: we don’t just train clients, we coach athletes",
        articleKicker: "Article",
        articleAlt: "The article’s title on Altus’s brand colours",
        certificationKicker: "Certification",
        certificationAlt: "The certification’s name on Altus’s brand colours",
      },
      feedTitle: "Altus articles",
    });
  });

  it("reads the home page with its sections' ids, headings and lines", () => {
    expect(getHome({ contentDir: fixture }).title).toBe(
      "We don’t just train clients—we coach athletes.",
    );
    expect(getHomeSections({ contentDir: fixture }).sections).toEqual([
      { id: "meaning", title: "What being coached means", depth: 2, line: 12 },
      { id: "promises", title: "Personal trainer or coach?", depth: 2, line: 18 },
      { id: "call", title: "So, are you ready to be coached?", depth: 2, line: 25 },
    ]);
  });

  it("reads each fixed page's words", () => {
    expect(getPageWords("contact", { contentDir: fixture }).title).toBe("Get coached");
    expect(getPageWords("certifications", { contentDir: fixture }).columns.suitedTo).toBe(
      "Suited to",
    );
    expect(getPageWords("thanks", { contentDir: fixture }).nextText).toContain("{within}");
    expect(getPageWords("notFound", { contentDir: fixture })).toEqual({
      title: "Page not found",
      heading: "We can’t find that page",
      text: "The address may be mistyped, or the page may have moved. Start again from the home page.",
      backLabel: "Go to the home page",
    });
  });

  it.each([
    ["site.yaml", "name: Altus\n", "", "site.yaml:1 name is missing or not text"],
    [
      "site.yaml",
      "tagline: Coaching, not just training.",
      `tagline: ${long}`,
      "site.yaml:2 tagline is 200 characters; keep it to 90 at most",
    ],
    ["site.yaml", "  footer: Footer\n", "", "site.yaml:12 landmarks footer is missing or not text"],
    [
      "site.yaml",
      "onThisPage: On this page",
      `onThisPage: ${long}`,
      "site.yaml:17 onThisPage is 200 characters; keep it to 40 at most",
    ],
    [
      "site.yaml",
      "{title}",
      "",
      "site.yaml:22 sectionLink label must keep {title} where the section's heading goes",
    ],
    [
      "pages/not-found.yaml",
      "backLabel: Go to the home page\n",
      "",
      "pages/not-found.yaml:1 backLabel is missing or not text",
    ],
    [
      "pages/not-found.yaml",
      "heading: We can’t find that page",
      `heading: ${long}`,
      "pages/not-found.yaml:2 heading is 200 characters; keep it to 90 at most",
    ],
    [
      "home.yaml",
      "title: We don’t just train clients—we coach athletes.\n",
      "",
      "home.yaml:1 title is missing or not text",
    ],
    [
      "home.yaml",
      "heading: What being coached means",
      `heading: ${long}`,
      "home.yaml:13 meaning heading is 200 characters; keep it to 90 at most",
    ],
    [
      "home.yaml",
      "  id: promises",
      "  id: Promises!",
      "home.yaml:18 id must be lower-case letters",
    ],
    [
      "pages/contact.yaml",
      "title: Get coached\n",
      "",
      "pages/contact.yaml:1 title is missing or not text",
    ],
    [
      "pages/articles.yaml",
      "description: Articles from Altus on what coaching means.",
      `description: ${long}`,
      "pages/articles.yaml:2 description is 200 characters; keep it to 160 at most",
    ],
    ["pages/thanks.yaml", "{within}", "", "pages/thanks.yaml:6 nextText must keep {within}"],
    [
      "pages/certifications.yaml",
      "  focus: Focus\n",
      "",
      "pages/certifications.yaml:6 columns focus is missing or not text",
    ],
  ])("reports a mistake in %s with its line: %s → %s", async (file, from, to, message) => {
    const dir = contentWith(file, (source) => source.replace(from, to));
    const problems = await problemsIn(dir);
    expect(problems).toEqual([expect.stringContaining(message)]);
    expect(
      () =>
        getSite({ contentDir: dir }) &&
        getHome({ contentDir: dir }) &&
        getPageWords("contact", { contentDir: dir }) &&
        getPageWords("articles", { contentDir: dir }) &&
        getPageWords("thanks", { contentDir: dir }) &&
        getPageWords("notFound", { contentDir: dir }) &&
        getPageWords("certifications", { contentDir: dir }),
    ).toThrow(message);
  });

  it("refuses a navigation item that points at a page that does not exist", async () => {
    const dir = contentWith("site.yaml", (source) =>
      source.replace("href: /contact", "href: /no-such-page"),
    );
    expect(await problemsIn(dir)).toEqual([
      "site.yaml:10 link to /no-such-page: there is no page /no-such-page",
    ]);
  });

  it("refuses a call to action or a link in text that points at a missing section", async () => {
    const dir = contentWith("home.yaml", (source) =>
      source
        .replace("  href: /contact", "  href: /articles/strength-basics#nowhere")
        .replace("(#meaning)", "(#nothing)"),
    );
    expect(await problemsIn(dir)).toEqual([
      'home.yaml:7 link to /articles/strength-basics#nowhere: /articles/strength-basics has no section with id "nowhere"',
      'home.yaml:20 link to #nothing: / has no section with id "nothing"',
    ]);
  });

  it("accepts a navigation item pointing at a home section", async () => {
    const dir = contentWith("site.yaml", (source) =>
      source.replace("href: /contact", "href: /#promises"),
    );
    expect(await problemsIn(dir)).toEqual([]);
  });

  it("locks a published home section id: renaming it needs an alias", async () => {
    const renamed = contentWith("home.yaml", (source) =>
      source.replace("  id: promises", "  id: trainer-or-coach"),
    );
    writeFileSync(
      path.join(renamed, "published-sections.json"),
      JSON.stringify({ "/": ["meaning", "promises", "call"] }),
    );
    expect(await problemsIn(renamed)).toEqual([
      'home.yaml:1 section id "promises" was published (marketing may link to /#promises) and is gone; add it back or add an alias under anchorAliases:  promises: new-id',
    ]);
    writeFileSync(
      path.join(renamed, "home.yaml"),
      `${readFileSync(path.join(renamed, "home.yaml"), "utf8")}anchorAliases:\n  promises: trainer-or-coach\n`,
    );
    expect(await problemsIn(renamed)).toEqual([]);
  });

  it("names a settings file that is missing", async () => {
    const dir = contentWith("site.yaml", (source) => source);
    rmSync(path.join(dir, "site.yaml"));
    expect(await problemsIn(dir)).toEqual([
      "site.yaml:1 site.yaml is missing from content/; restore it from git (it holds words the site shows)",
    ]);
  });

  it("lists the home page's sections with their full addresses for campaign links", async () => {
    const { fixedRoutes, pages } = await getLinkablePages({ contentDir: fixture });
    const groups = linkTargets("https://altus.example", fixedRoutes, pages);
    expect(targetUrls(groups)).toEqual([
      "https://altus.example/articles",
      "https://altus.example/certifications",
      "https://altus.example/contact",
      "https://altus.example/",
      "https://altus.example/#meaning",
      "https://altus.example/#promises",
      "https://altus.example/#call",
      "https://altus.example/articles/strength-basics",
      "https://altus.example/articles/strength-basics#warm-up",
      "https://altus.example/articles/strength-basics#plan",
    ]);
  });

  it("locks a home section id once committed, with nothing recorded by hand", async () => {
    const dir = contentWith("home.yaml", (source) => source);
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=Staff", "-c", "user.email=staff@example.com", ...args],
        {
          cwd: dir,
        },
      );
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "content");
    const home = path.join(dir, "home.yaml");
    writeFileSync(home, readFileSync(home, "utf8").replace("  id: call", "  id: get-coached"));
    expect(await problemsIn(dir)).toEqual([
      'home.yaml:1 section id "call" was published (marketing may link to /#call) and is gone; add it back or add an alias under anchorAliases:  call: new-id',
    ]);
  });
});
