import "server-only";
// Public face of the lead store. Everything that differs between SQLite and PostgreSQL
// stays inside this folder (see dialect.ts and database.ts).
export { describeLeadDb, isPostgresUrl, migrateLeadDb, openLeadDb, type LeadDb } from "./database";
export {
  leadStatuses,
  type Channel,
  type LeadRow,
  type LeadStatus,
  type StoredLead,
} from "./tables";
export * from "./staff";
export {
  inboxPage,
  inboxPageSize,
  inboxRows,
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
export { sharedSecret } from "./settings";
export { forgetOldRateHits, takeRateHit, type RateDecision } from "./rate-hits";
export { pingLeadDb } from "./health";
export { backupSqliteLeadDb, BackupError } from "./backup";
