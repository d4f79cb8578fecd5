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

const roleOf = (element: Element) => element.getAttribute("role");

describe("ComparisonTable", () => {
  it("writes out every part's table role, since phones restyle it with CSS display", () => {
    const table = renderTable();
    expect(roleOf(table)).toBe("table");
    expect(table.getAttribute("aria-labelledby")).toBe(table.querySelector("caption")?.id);
    expect([...table.querySelectorAll("thead, tbody")].map(roleOf)).toEqual([
      "rowgroup",
      "rowgroup",
    ]);
    expect([...table.querySelectorAll("tr")].map(roleOf)).toEqual(["row", "row"]);
    expect([...table.querySelectorAll("thead th")].map(roleOf)).toEqual([
      "columnheader",
      "columnheader",
      "columnheader",
    ]);
    expect([...table.querySelectorAll("tbody th, tbody td")].map(roleOf)).toEqual([
      "rowheader",
      "cell",
      "cell",
    ]);
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
