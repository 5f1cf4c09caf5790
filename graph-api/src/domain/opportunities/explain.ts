/**
 * Reasons as sentences a coordinator reads, in French (default) or English.
 * No jargon: "partenaires communs", not "voisins communs".
 */
import { enumLabel, inSentence, PARTNERSHIP_SIGNAL_LABELS, type LabelledEnum } from "@maillage/model";
import type { Opportunity, Reason } from "./opportunity";

export type Language = "fr" | "en";

/** An enum value as a word inside a sentence, from the shared label table. */
function word(enumName: LabelledEnum, value: string, lang: Language): string {
  return inSentence(enumLabel(enumName, value, lang));
}

function euros(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(value);
}

function list(names: string[], lang: Language, max = 5): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const tail = more > 0 ? (lang === "fr" ? ` et ${more} autre${more > 1 ? "s" : ""}` : ` and ${more} more`) : "";
  return shown.join(", ") + tail;
}

function km(value: number, lang: Language): string {
  return lang === "fr" ? `${value.toLocaleString("fr-FR")} km` : `${value.toLocaleString("en-GB")} km`;
}

export function explainReason(reason: Reason, lang: Language): string {
  const fr = lang === "fr";
  switch (reason.type) {
    case "STRONGEST_SIGNALS": {
      const words = reason.signals.map((s) => PARTNERSHIP_SIGNAL_LABELS[s][lang]);
      const joined =
        words.length > 1
          ? `${words.slice(0, -1).join(", ")}${fr ? " et " : " and "}${words[words.length - 1]}`
          : words[0];
      return fr ? `Ce qui a le plus compté : ${joined}` : `What counted most: ${joined}`;
    }
    case "SHARED_PARTNERS":
      return fr ? `Partenaires communs : ${list(reason.names, lang)}` : `Shared partners: ${list(reason.names, lang)}`;
    case "SHARED_FINANCERS":
      return fr ? `Financeurs communs : ${list(reason.names, lang)}` : `Shared financers: ${list(reason.names, lang)}`;
    case "SHARED_SUPPORT":
      return fr
        ? `Accompagnateurs ou réseaux communs : ${list(reason.names, lang)}`
        : `Shared support providers or networks: ${list(reason.names, lang)}`;
    case "SHARED_EVENTS":
      return fr
        ? `Évènements suivis ensemble : ${list(reason.names, lang)}`
        : `Events attended together: ${list(reason.names, lang)}`;
    case "SHARED_RESOURCES":
      return fr
        ? `Ressources déjà mutualisées : ${list(reason.names, lang)}`
        : `Resources already pooled: ${list(reason.names, lang)}`;
    case "DISTANCE":
      return fr ? `À ${km(reason.km, lang)} l'un de l'autre` : `${km(reason.km, lang)} apart`;
    case "SAME_TOWN":
      return fr ? `Dans la même ville : ${reason.town}` : `In the same town: ${reason.town}`;
    case "NEIGHBOURING_TOWNS":
      return fr
        ? `Villes voisines : ${reason.towns.join(" et ")}`
        : `Neighbouring towns: ${reason.towns.join(" and ")}`;
    case "SHARED_THEMES":
      return fr
        ? `Thèmes communs : ${list(
            reason.themes.map((t) => t.labelFr),
            lang,
          )}`
        : `Shared themes: ${list(
            reason.themes.map((t) => t.labelEn),
            lang,
          )}`;
    case "NEED_MEETS_OFFER": {
      const kind = word("ResourceKind", reason.resourceKind, lang);
      const when = [reason.frequency, reason.availability].filter(Boolean).join(fr ? " ; disponible " : "; available ");
      return fr
        ? `Besoin « ${reason.need} » et offre « ${reason.offer} » (${kind})${when ? ` — ${when}` : ""}`
        : `Need "${reason.need}" and offer "${reason.offer}" (${kind})${when ? ` — ${when}` : ""}`;
    }
    case "SAME_NEED": {
      const kind = word("ResourceKind", reason.resourceKind, lang);
      return fr
        ? `${reason.needs.length} structures à moins de ${km(reason.maxKm, lang)} ont le même besoin (${kind}) : achat ou ressource à partager`
        : `${reason.needs.length} structures within ${km(reason.maxKm, lang)} have the same need (${kind}): a shared purchase or resource`;
    }
    case "COMPLEMENTARITY":
      return fr ? `Complémentarité : ${reason.fr}` : `Complementarity: ${reason.en}`;
    case "FUNDS_STAGE": {
      const instruments = reason.instruments.map((i) => word("FinanceInstrument", i, lang)).join(", ");
      const ticket =
        reason.ticketMinEur !== null && reason.ticketMaxEur !== null
          ? fr
            ? `, de ${euros(reason.ticketMinEur, lang)} à ${euros(reason.ticketMaxEur, lang)}`
            : `, from ${euros(reason.ticketMinEur, lang)} to ${euros(reason.ticketMaxEur, lang)}`
          : "";
      return fr
        ? `Finance des projets au stade « ${word("Stage", reason.stage, "fr")} » (${instruments}${ticket}) et ne finance pas encore cette structure`
        : `Funds projects at the "${word("Stage", reason.stage, "en")}" stage (${instruments}${ticket}) and does not fund this structure yet`;
    }
    case "SERVES_STAGE":
      return fr
        ? `Accompagne les projets au stade « ${word("Stage", reason.stage, "fr")} »`
        : `Supports projects at the "${word("Stage", reason.stage, "en")}" stage`;
    case "NO_SUPPORT_YET":
      return fr ? "La structure n'a pas encore d'accompagnement" : "The structure has no support yet";
    case "NO_RESEARCH_LINK_YET":
      return fr ? "La structure n'a pas encore de lien avec la recherche" : "The structure has no research link yet";
    default: {
      const never: never = reason;
      return never;
    }
  }
}

export function explain(opportunity: Opportunity, lang: Language): string[] {
  return opportunity.reasons.map((r) => explainReason(r, lang));
}
