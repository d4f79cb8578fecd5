// Site-wide settings staff may edit: the name, the navigation and the home page's words.
// Every sentence below comes from the article "Personal trainer vs coach"; add no facts it lacks.

export const siteName = "Altus";
export const siteTagline = "Coaching, not just training.";

export type NavItem = { href: string; label: string };

export const navigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/articles/personal-trainer-vs-coach", label: "Trainer vs coach" },
  { href: "/certifications", label: "Certifications" },
  { href: "/contact", label: "Contact" },
];
