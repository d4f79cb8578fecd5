// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NavLinks } from "@/components/nav-links";

const items = [
  { href: "/", label: "Home" },
  { href: "/certifications", label: "Certifications" },
  { href: "/contact", label: "Contact" },
];

describe("NavLinks", () => {
  it("marks the link of the page being shown with aria-current=page", () => {
    render(<NavLinks items={items} currentPath="/contact" />);
    expect(screen.getByRole("link", { name: "Contact" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Home" }).hasAttribute("aria-current")).toBe(false);
  });

  it("marks the section link, not Home, on a page inside a section", () => {
    render(<NavLinks items={items} currentPath="/certifications/cscs" />);
    expect(screen.getByRole("link", { name: "Certifications" }).getAttribute("aria-current")).toBe(
      "true",
    );
    expect(screen.getByRole("link", { name: "Home" }).hasAttribute("aria-current")).toBe(false);
  });

  it("marks Home only on the home page", () => {
    render(<NavLinks items={items} currentPath="/" />);
    expect(screen.getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBe("page");
    expect(
      screen.getAllByRole("link").filter((link) => link.hasAttribute("aria-current")),
    ).toHaveLength(1);
  });
});
