// Public face of campaign links: which addresses marketing may link to, the links built, and
// the tracked short links (/go/<code>) made from them. The database side and the QR codes that
// print them are server-only, in ./server.
export * from "./campaign-link";
export * from "./click-rules";
export * from "./short-code";
export * from "./tracked-link";
