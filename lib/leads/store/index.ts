import "server-only";
// Public face of the lead store. Everything that differs between SQLite and PostgreSQL
// stays inside this folder (see dialect.ts and database.ts).
export { describeLeadDb, isPostgresUrl, migrateLeadDb, openLeadDb, type LeadDb } from "./database";
export type { Channel, LeadRow } from "./tables";
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
