import "server-only";
// Public face of lead notification: staff e-mail and the webhook, both through the outbox.
export { composeLeadMail } from "./mail";
export {
  createTransport,
  mailDelivery,
  webhookDelivery,
  webhookSignature,
  type Deliver,
  type MailSettings,
} from "./deliveries";
export { webhookPayload } from "./webhook-payload";
export { processOutbox, retryDelayMs, claimMs, type OutboxRun } from "./worker";
export { configuredChannels, queuedChannels, startOutboxWorker } from "./start-worker";
