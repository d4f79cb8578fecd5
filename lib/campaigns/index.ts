// Public face of campaign links: which addresses marketing may link to, the links built, and
// the QR codes that print them.
export * from "./campaign-link";
export * from "./qr-code";
export * from "./qr-response";
