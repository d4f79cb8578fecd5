import "server-only";
// The site's one way to reach its SMTP server (SMTP_URL), shared by lead mail (lib/leads) and
// account mail (lib/auth), so neither room imports the other.
import nodemailer, { type Transporter } from "nodemailer";

/** Every SMTP wait is bounded, so a hung server cannot hold a send (or an outbox claim) open. */
export const smtpTimeoutMs = 30_000;

export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: smtpTimeoutMs,
    greetingTimeout: smtpTimeoutMs,
    socketTimeout: smtpTimeoutMs,
  });
}
