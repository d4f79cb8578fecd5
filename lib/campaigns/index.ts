// Public face of campaign links: which addresses marketing may link to, and the links built.
export * from "./campaign-link";
