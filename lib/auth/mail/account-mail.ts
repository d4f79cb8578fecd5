import "server-only";
// Mail about staff accounts (invitations, password resets), sent through the site's SMTP
// settings, straight away rather than through the lead outbox: the link in it is short-lived,
// and whoever asked is waiting for it. Plain text, so nothing typed becomes markup.
import type { Transporter } from "nodemailer";
import { getConfig } from "@/lib/config";
import { createTransport } from "@/lib/mail/smtp-transport";

export type AccountMail = { to: string; subject: string; text: string };

/** Mail is on when SMTP_URL is set; otherwise links are shown once on screen instead. */
export const accountMailIsOn = () => Boolean(getConfig().SMTP_URL);

let transport: { url: string; transporter: Transporter } | undefined;

/** Sends one message; throws if the SMTP server refuses it or cannot be reached. */
export async function sendAccountMail(mail: AccountMail): Promise<void> {
  const config = getConfig();
  if (!config.SMTP_URL) throw new Error("mail is off: SMTP_URL is not set");
  if (transport?.url !== config.SMTP_URL) {
    transport = { url: config.SMTP_URL, transporter: createTransport(config.SMTP_URL) };
  }
  await transport.transporter.sendMail({ from: config.LEADS_NOTIFY_FROM, ...mail });
}

/**
 * Sends a notice without holding up the answer (nor letting the SMTP server's pace tell anything
 * about the account); a failure is logged as `what`, with no address in it.
 */
export function mailInBackground(mail: AccountMail, what: string): void {
  sendAccountMail(mail).catch(() => {
    console.error(`staff: ${what} mail failed`);
  });
}

/** The full address of a path on this site, as a link in a mail must be. */
export const siteAddress = (path: string) => new URL(path, getConfig().SITE_URL).toString();
