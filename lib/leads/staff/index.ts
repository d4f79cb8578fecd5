import "server-only";
// Public face of the staff side of leads: the inbox's query, labels and times. Who may see
// them is lib/auth; the actions on a lead are ./lead-actions, the CSV ./csv-download.
export {
  inboxFilter,
  inboxHref,
  parseInboxQuery,
  toSearchParams,
  type InboxQuery,
} from "./inbox-query";
export {
  campaignLabel,
  contactMethodLabel,
  goalChoices,
  goalsLabel,
  statusLabel,
  statusLabels,
} from "./labels";
export { dayStartUtc, formatStaffTime, staffDay } from "./time";
export {
  buildCampaignReport,
  campaignReport,
  type CampaignReport,
  type ReportBucket,
  type ReportRow,
} from "./campaign-report";
export {
  parseReportPeriod,
  reportDayChoices,
  type ReportPeriod,
  type ReportPeriodResult,
} from "./report-period";
export { bucketLabel, dayLabel, landingParts, originLabel, periodLabel } from "./report-labels";
