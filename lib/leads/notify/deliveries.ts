import "server-only";
// How a lead leaves: each channel is a function that delivers one lead or throws.
import { createHmac } from "node:crypto";
import type { Transporter } from "nodemailer";
import { createTransport, smtpTimeoutMs } from "@/lib/mail/smtp-transport";
import type { LeadRow } from "../store";
import { composeLeadMail } from "./mail";
import { webhookPayload } from "./webhook-payload";

export type Deliver = (lead: LeadRow) => Promise<void>;
export type MailSettings = { smtpUrl: string; to: string; from: string };
export type WebhookSettings = { url: string; secret: string; timeoutMs?: number };

// Every wait is bounded well inside the outbox claim, so a job is never sent twice because a
// hung send outlived its claim.
export const sendTimeoutMs = { smtp: smtpTimeoutMs, webhook: 10_000 };

export { createTransport };

export function mailDelivery(mail: MailSettings, transport: Transporter): Deliver {
  return async (lead) => {
    await transport.sendMail({ from: mail.from, to: mail.to, ...composeLeadMail(lead) });
  };
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, as the README explains. */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${digest}`;
}

/**
 * POSTs the lead as signed JSON. Only a 2xx counts as delivered; a redirect is a failure too,
 * so a signed lead is never carried to an address nobody configured.
 */
export function webhookDelivery(webhook: WebhookSettings): Deliver {
  return async (lead) => {
    const body = JSON.stringify(webhookPayload(lead));
    const signature = webhookSignature(webhook.secret, body, Math.floor(Date.now() / 1000));
    const response = await fetch(webhook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Altus-Leads-Webhook/1",
        "altus-signature": signature,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(webhook.timeoutMs ?? sendTimeoutMs.webhook),
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) {
      throw new Error(`the webhook answered ${response.status}; only a 2xx counts as delivered`);
    }
  };
}
