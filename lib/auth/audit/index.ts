import "server-only";
export {
  auditEvents,
  auditPageSize,
  listAudit,
  recordAudit,
  type AuditEntry,
  type AuditEvent,
} from "./audit-store";
