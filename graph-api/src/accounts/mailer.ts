/**
 * Sending a password link by mail, where an SMTP server is configured
 * (SMTP_URL, SMTP_FROM); without one the link is shown to the admin, who hands it over.
 */
import { createTransport } from "nodemailer";

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://… */
  url: string;
  from: string;
}

export type SendLink = (
  to: string,
  link: string,
  purpose: "set-password" | "reset-password",
  expiresAt: string,
) => Promise<void>;

export function createLinkMailer(settings: MailSettings): SendLink {
  const transport = createTransport(settings.url);
  return async (to, link, purpose, expiresAt) => {
    const until = new Date(expiresAt).toLocaleString("fr-FR", { timeZone: "Europe/Paris" });
    const subject = purpose === "reset-password" ? "Maillage : nouveau mot de passe" : "Maillage : votre compte";
    const intro =
      purpose === "reset-password"
        ? "Pour choisir un nouveau mot de passe Maillage, ouvrez ce lien :"
        : "Un compte Maillage a été créé pour vous. Pour choisir votre mot de passe, ouvrez ce lien :";
    await transport.sendMail({
      from: settings.from,
      to,
      subject,
      text: `Bonjour,\n\n${intro}\n\n${link}\n\nIl ne sert qu'une fois et expire le ${until}.\n\n— Maillage`,
    });
  };
}
