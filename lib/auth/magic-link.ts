// Sign-in links by email: sent through SMTP when EMAIL_SERVER is set, otherwise printed to the server
// log so that local use works with no mail server at all.
import { createTransport } from "nodemailer";

export type MagicLinkMail = { to: string; url: string; host: string };
export type MailSettings = { server?: string; from: string };

export function magicLinkText({ url, host }: MagicLinkMail): string {
  return `Sign in to Footnote (${host}) with this link:\n\n${url}\n\nIt works once, for 24 hours. If you did not ask for it, ignore this email.\n`;
}

export async function sendMagicLink(
  mail: MagicLinkMail,
  settings: MailSettings,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (!settings.server) {
    log(`footnote: no EMAIL_SERVER set; sign-in link for ${mail.to}: ${mail.url}`);
    return;
  }
  const transport = createTransport(settings.server);
  const result = await transport.sendMail({
    to: mail.to,
    from: settings.from,
    subject: `Sign in to Footnote`,
    text: magicLinkText(mail),
  });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length > 0) throw new Error(`the sign-in email could not be sent to ${failed.join(", ")}`);
}
