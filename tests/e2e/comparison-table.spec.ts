import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo } from "./helpers";

const tables = [
  {
    url: "/articles/personal-trainer-vs-coach#comparison",
    caption: "Personal trainer vs coach",
    columns: ["Compared on", "Personal trainer", "Coach"],
    rows: ["Education", "Focus", "Goals", "Relationship", "Role"],
    firstValue: "Certifications for general population fitness",
  },
  {
    url: "/certifications",
    caption: "Certification paths compared",
    columns: ["Certification", "Issuer", "Prerequisite", "Focus", "Suited to"],
    rows: ["Personal trainer certifications", "CSCS from the NSCA", "NASM’s PES"],
    firstValue: "NASM, ACE, ACSM, ISSA, NSCA and NCSF",
  },
] as const;

/** How far the element's content reaches past its visible width, in pixels. */
const sidewaysOverflow = (element: Locator) =>
  element.evaluate((node) => node.scrollWidth - node.clientWidth);

/** The element's box, after checking it lies within the window's width. */
async function boxWithinWidth(element: Locator, width: number) {
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  if (!box) throw new Error("element has no box");
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  return box;
}

type AxCell = { role: string; name: string };

/**
 * The table's rows as Chromium's own accessibility tree exposes them to screen readers.
 * (Playwright's getByRole works out roles from the DOM itself, so it can't see the browser's view.)
 */
async function chromiumTableRows(page: Page, caption: string): Promise<AxCell[][]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const roleOf = (node: (typeof nodes)[number]) => String(node.role?.value ?? "");
  const nameOf = (node: (typeof nodes)[number]) => String(node.name?.value ?? "");
  const find = (node: (typeof nodes)[number], roles: readonly string[]): typeof nodes =>
    (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      if (!child) return [];
      return roles.includes(roleOf(child)) && !child.ignored ? [child] : find(child, roles);
    });
  const table = nodes.find((node) => roleOf(node) === "table" && nameOf(node) === caption);
  if (!table) throw new Error(`Chromium exposes no table named "${caption}"`);
  return find(table, ["row"]).map((row) =>
    find(row, ["columnheader", "rowheader", "cell"]).map((cell) => ({
      role: roleOf(cell),
      name: nameOf(cell),
    })),
  );
}

for (const width of [360, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const { url, caption, columns, rows, firstValue } of tables) {
      test(`"${caption}" shows each row whole, its values labelled by their column headers, without sideways scrolling`, async ({
        page,
      }) => {
        await page.goto(url);
        expect(await sidewaysOverflow(page.getByRole("region", { name: caption }))).toBe(0);
        expect(await sidewaysOverflow(page.locator("html"))).toBe(0);
        const table = page.getByRole("table", { name: caption });
        const bodyRows = table.locator("tbody").getByRole("row");
        await expect(bodyRows).toHaveCount(rows.length);
        for (const [index, name] of rows.entries()) {
          const header = bodyRows.nth(index).getByRole("rowheader");
          await expect(header).toHaveText(name);
          const headerBox = await boxWithinWidth(header, width);
          const cells = bodyRows.nth(index).getByRole("cell");
          await expect(cells).toHaveCount(columns.length - 1);
          for (const [column, label] of columns.slice(1).entries()) {
            const cellBox = await boxWithinWidth(cells.nth(column), width);
            expect(cellBox.y, `${name}: ${label} sits under its row header`).toBeGreaterThanOrEqual(
              headerBox.y + headerBox.height - 1,
            );
            const shownLabel = cells.nth(column).locator('[aria-hidden="true"]');
            await expect(shownLabel).toHaveText(label);
            await boxWithinWidth(shownLabel, width);
          }
        }
      });

      test(`screen readers still get "${caption}" as a table with its caption and headers`, async ({
        page,
      }) => {
        await page.goto(url);
        const table = page.getByRole("table", { name: caption });
        await expect(table.locator("caption")).toHaveText(caption);
        await expect(table.getByRole("columnheader")).toHaveText([...columns]);
        await expect(table.getByRole("rowheader")).toHaveText([...rows]);
        // Native elements only: HTML forbids ARIA roles on a native table's rows and cells.
        await expect(table).not.toHaveAttribute("role");
        await expect(table.locator("[role]")).toHaveCount(0);

        // The rows are stacked with CSS display here; the browser must still expose a table.
        const [headRow, ...bodyRows] = await chromiumTableRows(page, caption);
        expect(headRow).toEqual(columns.map((name) => ({ role: "columnheader", name })));
        expect(bodyRows.map((row) => row[0])).toEqual(
          rows.map((name) => ({ role: "rowheader", name })),
        );
        for (const row of bodyRows) {
          expect(row.map((cell) => cell.role)).toEqual([
            "rowheader",
            ...columns.slice(1).map(() => "cell"),
          ]);
          // The visible label is not read out again: the column header already names the value.
          for (const [column, cell] of row.slice(1).entries())
            expect(cell.name.startsWith(columns[column + 1] ?? "")).toBe(false);
        }
        expect(bodyRows[0]?.[1]?.name).toBe(firstValue);
      });
    }

    test("keyboard focus is visible on the table and its links", async ({ page }) => {
      await page.goto("/certifications");
      const region = page.getByRole("region", { name: "Certification paths compared" });
      await tabTo(page, region);
      await expect(region).toHaveCSS("outline-style", "solid");
      const link = region.getByRole("link", { name: "CSCS from the NSCA" });
      await tabTo(page, link);
      await expect(link).toHaveCSS("outline-style", "solid");
      await expect(link).toHaveCSS("outline-color", "rgb(29, 78, 216)");
      await boxWithinWidth(link, width);
    });

    test("axe finds no violations on the pages with comparison tables", async ({ page }) => {
      for (const { url } of tables) {
        await page.goto(url);
        await test.step(url, () => expectNoAxeViolations(page));
      }
    });
  });
}

test.describe("on a 1280 px screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const { url, caption, columns, rows } of tables) {
    test(`"${caption}" is a conventional table: column headers in one row, values beside their row header`, async ({
      page,
    }) => {
      await page.goto(url);
      const table = page.getByRole("table", { name: caption });
      await expect(table).toHaveCSS("display", "table");
      const headerTops = await table
        .getByRole("columnheader")
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
      expect(headerTops).toHaveLength(columns.length);
      expect(new Set(headerTops).size).toBe(1);
      await expect(table.getByRole("columnheader").first()).toBeVisible();
      for (const [index] of rows.entries()) {
        const cellTops = await table
          .locator("tbody tr")
          .nth(index)
          .locator("th, td")
          .evaluateAll((cells) =>
            cells.map((cell) => Math.round(cell.getBoundingClientRect().top)),
          );
        expect(new Set(cellTops).size).toBe(1);
      }
      await expect(table.locator('td > [aria-hidden="true"]:visible')).toHaveCount(0);
      expect(await sidewaysOverflow(page.getByRole("region", { name: caption }))).toBe(0);
      expect(await sidewaysOverflow(page.locator("html"))).toBe(0);
    });
  }

  test("axe finds no violations on the pages with comparison tables", async ({ page }) => {
    for (const { url } of tables) {
      await page.goto(url);
      await test.step(url, () => expectNoAxeViolations(page));
    }
  });
});
