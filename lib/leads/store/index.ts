import "server-only";
// Public face of the lead store: the queries on leads, spam, the outbox, the rate limit and the
// form tokens already used.
// The database they run on (and what differs between SQLite and PostgreSQL) is lib/db.
export {
  leadStatuses,
  type Channel,
  type LeadRow,
  type LeadStatus,
  type StoredLead,
} from "@/lib/db";
export {
  inboxPage,
  inboxPageSize,
  inboxRows,
  noValue,
  statusCounts,
  usedCampaignValues,
  type InboxFilter,
} from "./inbox";
export {
  addLeadNote,
  changeLeadStatus,
  deleteLeadForever,
  leadDetail,
  retryJobNow,
} from "./lead-records";
export { reportLeads, type ReportLead } from "./report";
export { forgetOldSpam, markNotSpam, spamKeptDays, spamPage, spamPageSize } from "./spam";
export {
  listLeads,
  renamedLeadId,
  saveLead,
  saveSpam,
  storedGoals,
  type SaveResult,
} from "./leads";
export { claimNextJob, markJobFailed, markJobSent, renewClaim, type ClaimedJob } from "./outbox";
export { forgetOldRateHits, takeRateHit, type RateDecision } from "@/lib/db";
export { forgetOldFormTokenUses, formTokenFirstUse, recordFormTokenUse } from "./form-token-uses";
