import type { Config } from "tailwindcss";

// The one place the brand lives: colours, type and measure. Pairs used for text are
// checked against WCAG 2.2 AA (4.5:1) on the backgrounds they sit on.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.{md,mdx}"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#14202b", soft: "#3d4b57" },
        paper: { DEFAULT: "#ffffff", warm: "#f6f4ef" },
        brand: {
          50: "#eef6f3",
          100: "#d5ebe3",
          600: "#17725a",
          700: "#0f5c48",
          800: "#0b4737",
          900: "#08372b",
        },
        accent: { DEFAULT: "#b4460f", soft: "#fbe9dd" },
        focus: "#1d4ed8",
      },
      fontFamily: {
        sans: ["var(--font-inter)", "ui-sans-serif", "system-ui", "sans-serif"],
      },
      maxWidth: { prose: "68ch", page: "72rem" },
      // From this width a comparison table shows as a table: the certifications index's five
      // columns need about 38rem; narrower, each row stacks (see components/comparison-table).
      containers: { comparison: "40rem" },
      spacing: { header: "4.5rem", anchor: "6rem" },
    },
  },
};

export default config;
