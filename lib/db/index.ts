import "server-only";
// Public face of the database shared by leads and staff accounts: opening (SQLite by default,
// PostgreSQL with DATABASE_URL), migrations, and the few dialect differences. Each area keeps
// its own queries beside it (lib/leads/store, lib/auth/store.ts).
export { describeDb, isPostgresUrl, migrateDb, openDb, type Db } from "./database";
export { lockedForClaim, lockForTransaction } from "./dialect";
export { dbIsHealthy, dbLocation, getDb } from "./shared";
export { sharedSecret } from "./settings";
export { pingDb } from "./health";
export { forgetOldRateHits, takeRateHit, type RateDecision, type RateKind } from "./rate-hits";
export { backupSqliteDb, BackupError } from "./backup";
export {
  leadStatuses,
  staffRoles,
  type Channel,
  type DbTables,
  type LeadRow,
  type LeadStatus,
  type StaffRole,
  type StaffSessionRow,
  type StoredLead,
  type TrackedLinkRow,
} from "./tables";
export { copySqliteToPostgres, CopyRefused, type CopiedTable } from "./copy";
export { copyLocations, CopyInputError, type CopyLocations } from "./copy-input";
