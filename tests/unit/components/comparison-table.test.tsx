// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ComparisonTable } from "@/components/comparison-table";

function renderTable() {
  render(
    <ComparisonTable caption="Personal trainer vs coach">
      <thead>
        <tr>
          <th scope="col">Compared on</th>
          <th scope="col">Personal trainer</th>
          <th scope="col">
            <strong>Coach</strong>
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">
            <a href="#goals">Goals</a>
          </th>
          <td>Short-term</td>
          <td style={{ textAlign: "right" }}>Goals that stick</td>
        </tr>
      </tbody>
    </ComparisonTable>,
  );
  return screen.getByRole("table", { name: "Personal trainer vs coach" });
}

describe("ComparisonTable", () => {
  it("is a native table named by its caption, with no ARIA roles, which HTML forbids inside one", () => {
    const table = renderTable();
    expect(table.tagName).toBe("TABLE");
    expect(table.getAttribute("aria-labelledby")).toBe(table.querySelector("caption")?.id);
    expect(table.hasAttribute("role")).toBe(false);
    expect([...table.querySelectorAll("[role]")].map((part) => part.outerHTML)).toEqual([]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Compared on", "Personal trainer", "Coach"]);
    expect(within(table).getByRole("rowheader").textContent).toBe("Goals");
    expect(within(table).getAllByRole("cell")).toHaveLength(2);
  });

  it("labels each value with its column header's text, hidden from screen readers", () => {
    const table = renderTable();
    const labels = [...table.querySelectorAll("td > span:first-child")];
    expect(labels.map((label) => label.textContent)).toEqual(["Personal trainer", "Coach"]);
    expect(labels.map((label) => label.getAttribute("aria-hidden"))).toEqual(["true", "true"]);
    expect(
      within(table)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["Personal trainerShort-term", "CoachGoals that stick"]);
    expect(within(table).getByRole("cell", { name: "Goals that stick" })).toBeTruthy();
  });

  it("keeps each cell's own content and attributes", () => {
    const table = renderTable();
    expect(
      within(within(table).getByRole("rowheader")).getByRole("link", { name: "Goals" }),
    ).toBeTruthy();
    expect(within(table).getByRole("cell", { name: "Goals that stick" }).style.textAlign).toBe(
      "right",
    );
    expect(within(table).getAllByRole("columnheader")[2]?.querySelector("strong")).not.toBeNull();
  });
});
