import "server-only";
export {
  auditEvents,
  auditPageSize,
  listAudit,
  recordAudit,
  type AuditEntry,
  type AuditEvent,
  type AuditRow,
} from "./audit-store";
