import "server-only";
// The database side of tracked links, for the /go/ page and the staff pages.
export {
  changeTarget,
  createTrackedLink,
  findTrackedLink,
  listTrackedLinks,
  setArchived,
  targetChanges,
  trackedLinkStats,
  type Created,
  type NewTrackedLink,
  type TrackedLinkStats,
} from "./store/tracked-links";
export {
  forgetClickVisitors,
  forgetClickVisitorsNow,
  clicksInPeriod,
  recordClick,
  type ReportClick,
  type Visitor,
} from "./store/clicks";
export * from "./qr-code";
export * from "./qr-response";
