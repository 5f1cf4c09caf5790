/**
 * The public "Signaler une erreur" form of a structure, and the pages that
 * follow it: plain HTML without script, styled and locked down like the
 * town's directory page (TOWN_PAGE_STYLE, TOWN_PAGE_CSP). Errors are said
 * in a summary at the top and beside each field (RGAA 11.10, 11.11).
 */
import type { Problem } from "../domain/error-reports";
import { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN } from "../domain/error-reports";
import { townPagePath, type WidgetLanguage } from "../domain/widget-directory";
import { escapeHtml as e } from "./html";
import { simplePage as page } from "./town-page";

const WORDS = {
  fr: {
    title: "Signaler une erreur",
    about: (name: string, town: string) => `Sur la fiche de ${name}, dans l'annuaire de l'ESS (${town}).`,
    why: "Votre message est lu par l'équipe qui tient l'annuaire à jour : rien ne change sur la fiche avant sa vérification.",
    message: "Qu'est-ce qui est faux ?",
    messageHint: `Par exemple : l'adresse a changé, le site web ne répond plus. De ${MESSAGE_MIN} à ${MESSAGE_MAX.toLocaleString("fr")} caractères.`,
    email: "Votre adresse e-mail (facultatif)",
    emailHint:
      "Seulement pour vous répondre si besoin ; elle n'est jamais publiée et elle est effacée une fois le signalement traité.",
    trap: "Ne remplissez pas ce champ",
    send: "Envoyer le signalement",
    back: (town: string) => `Retour à l'annuaire (${town})`,
    summary: "Le signalement n'est pas parti :",
    problems: {
      "message-short": `Décrivez l'erreur en ${MESSAGE_MIN} caractères au moins.`,
      "message-long": `Le message dépasse ${MESSAGE_MAX.toLocaleString("fr")} caractères : raccourcissez-le.`,
      "email-invalid":
        "Cette adresse e-mail n'est pas valide (par exemple : nom@exemple.fr) ; vous pouvez aussi la laisser vide.",
      expired: "Le formulaire était ouvert depuis longtemps : vérifiez votre message et envoyez-le à nouveau.",
    } satisfies Record<Problem, string>,
    thanks: "Merci, votre signalement a été transmis",
    thanksText: "L'équipe qui tient l'annuaire à jour va le vérifier et corriger la fiche si besoin.",
    tooMany: "Trop de signalements envoyés",
    tooManyText:
      "Beaucoup de signalements sont partis de votre connexion ces dernières minutes. Réessayez un peu plus tard.",
  },
  en: {
    title: "Report an error",
    about: (name: string, town: string) => `About ${name}, in the ESS directory (${town}).`,
    why: "Your message is read by the team that keeps the directory up to date: nothing changes on the page before they check it.",
    message: "What is wrong?",
    messageHint: `For example: the address has changed, the website no longer answers. ${MESSAGE_MIN} to ${MESSAGE_MAX.toLocaleString("en")} characters.`,
    email: "Your email address (optional)",
    emailHint: "Only to answer you if needed; it is never published, and it is erased once the report is handled.",
    trap: "Do not fill in this field",
    send: "Send the report",
    back: (town: string) => `Back to the directory (${town})`,
    summary: "The report was not sent:",
    problems: {
      "message-short": `Describe the error in at least ${MESSAGE_MIN} characters.`,
      "message-long": `The message is longer than ${MESSAGE_MAX.toLocaleString("en")} characters: please shorten it.`,
      "email-invalid": "This email address is not valid (for example: name@example.org); you may also leave it empty.",
      expired: "The form was open for a long time: check your message and send it again.",
    } satisfies Record<Problem, string>,
    thanks: "Thank you, your report has been sent",
    thanksText: "The team that keeps the directory up to date will check it and correct the page if needed.",
    tooMany: "Too many reports sent",
    tooManyText: "Many reports were sent from your connection in the last minutes. Please try again a little later.",
  },
} as const;

export interface ReportFormState {
  lang: WidgetLanguage;
  structure: { id: string; name: string };
  town: { inseeCode: string; name: string };
  stamp: string;
  message?: string;
  email?: string;
  problems?: Problem[];
}

const backLink = (s: ReportFormState) =>
  `<p><a href="${e(`${townPagePath(s.town.inseeCode, s.lang)}#s-${s.structure.id}`)}">${e(WORDS[s.lang].back(s.town.name))}</a></p>`;

/** The form, empty or with what the visitor wrote and what is wrong with it. */
export function reportFormPage(s: ReportFormState): string {
  const w = WORDS[s.lang];
  const problems = s.problems ?? [];
  const on = (field: "message" | "email") =>
    problems.filter((p) => (field === "email" ? p === "email-invalid" : p !== "email-invalid"));
  const fieldError = (field: "message" | "email") =>
    on(field).length
      ? `<p class="error" id="${field}-error">${on(field)
          .map((p) => e(w.problems[p]))
          .join(" ")}</p>`
      : "";
  const invalid = (field: "message" | "email") => (on(field).length ? ` aria-invalid="true"` : "");
  const described = (field: "message" | "email") => `${field}-hint${on(field).length ? ` ${field}-error` : ""}`;
  const summary = problems.length
    ? `<div class="summary"><h2>${e(w.summary)}</h2><ul>${problems
        .map((p) => `<li><a href="#${p === "email-invalid" ? "email" : "message"}">${e(w.problems[p])}</a></li>`)
        .join("")}</ul></div>`
    : "";
  const title = `${problems.length ? `${w.summary.replace(/ ?:$/, "")} — ` : ""}${w.title} — ${s.structure.name}`;
  return page(
    s.lang,
    title,
    `<h1>${e(w.title)}</h1>
<p>${e(w.about(s.structure.name, s.town.name))}</p>
<p class="muted">${e(w.why)}</p>
${summary}
<form method="post" novalidate>
<input type="hidden" name="stamp" value="${e(s.stamp)}">
<label for="message">${e(w.message)}</label>
<p class="hint" id="message-hint">${e(w.messageHint)}</p>
${fieldError("message")}
<textarea id="message" name="message" rows="6" maxlength="${MESSAGE_MAX}" required aria-describedby="${described("message")}"${invalid("message")}>${e(s.message ?? "")}</textarea>
<label for="email">${e(w.email)}</label>
<p class="hint" id="email-hint">${e(w.emailHint)}</p>
${fieldError("email")}
<input id="email" name="email" type="email" maxlength="${EMAIL_MAX}" autocomplete="email" value="${e(s.email ?? "")}" aria-describedby="${described("email")}"${invalid("email")}>
<div hidden><label for="website">${e(w.trap)}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${e(w.send)}</button>
</form>
${backLink(s)}`,
  );
}

export function reportThanksPage(s: Omit<ReportFormState, "stamp">): string {
  const w = WORDS[s.lang];
  return page(s.lang, w.thanks, `<h1>${e(w.thanks)}</h1>\n<p>${e(w.thanksText)}</p>\n${backLink({ ...s, stamp: "" })}`);
}

export function reportTooManyPage(s: Omit<ReportFormState, "stamp">): string {
  const w = WORDS[s.lang];
  return page(
    s.lang,
    w.tooMany,
    `<h1>${e(w.tooMany)}</h1>\n<p>${e(w.tooManyText)}</p>\n${backLink({ ...s, stamp: "" })}`,
  );
}
