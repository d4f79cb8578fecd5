// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx-components";
import { getArticles, renderContent } from "@/lib/content";

async function renderFixture() {
  const [article] = await getArticles({
    contentDir: "tests/fixtures/content",
    includeDrafts: false,
  });
  if (!article) throw new Error("fixture article missing");
  const Content = await renderContent(article);
  const aliases = article.frontmatter.anchorAliases ?? {};
  render(
    <Content
      components={mdxComponents({
        aliasesOf: (id) => Object.keys(aliases).filter((old) => aliases[old] === id),
      })}
    />,
  );
}

describe("MDX rendering", () => {
  it("renders a Markdown table as a captioned table with column and row headers in a labelled region", async () => {
    await renderFixture();
    const table = screen.getByRole("table", { name: "Sets by week" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Week", "Sets"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(["One", "Two"]);
    const region = screen.getByRole("region", { name: "Sets by week" });
    expect(region.getAttribute("tabindex")).toBe("0");
  });

  it("labels each Markdown table value with its column header, for phones", async () => {
    await renderFixture();
    const table = screen.getByRole("table", { name: "Sets by week" });
    expect(
      [...table.querySelectorAll('td > span[aria-hidden="true"]')].map(
        (label) => label.textContent,
      ),
    ).toEqual(["Sets", "Sets"]);
    // Native td cells, with none of the ARIA roles HTML forbids inside a table.
    expect(
      within(table)
        .getAllByRole("cell")
        .map((cell) => cell.tagName),
    ).toEqual(["TD", "TD"]);
    expect(table.querySelectorAll("[role]")).toHaveLength(0);
  });

  it("gives each heading its written id and a link to itself", async () => {
    await renderFixture();
    expect(screen.getByRole("heading", { level: 2, name: "Warm-up" }).id).toBe("warm-up");
    expect(screen.getByRole("heading", { level: 3, name: "The plan" }).id).toBe("plan");
    expect(
      screen.getByRole("link", { name: "Copy link to section: The plan" }).getAttribute("href"),
    ).toBe("#plan");
  });

  it("keeps an anchor for an old id just before the renamed section", async () => {
    await renderFixture();
    const heading = screen.getByRole("heading", { level: 2, name: "Warm-up" });
    expect(heading.parentElement?.querySelector("#old-name")).not.toBeNull();
  });
});
