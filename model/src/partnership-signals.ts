/**
 * The signals a partnership suggestion is scored on, and their names in the
 * words a coordinator reads (French first, then English). The score learns
 * how much each one counts on the graph it serves; an explanation names the
 * ones that weighed most for a given pair.
 */
import type { Label } from "./labels";

export const PARTNERSHIP_SIGNALS = [
  "commonNeighbours",
  "jaccard",
  "adamicAdar",
  "resourceAllocation",
  "preferentialAttachment",
  "proximity",
  "sharedThemes",
  "sharedFinancers",
  "sharedNetworks",
  "sharedEvents",
  "legalFormComplementarity",
  "kindComplementarity",
  "pathsOfThree",
] as const;
export type PartnershipSignal = (typeof PARTNERSHIP_SIGNALS)[number];

export const PARTNERSHIP_SIGNAL_LABELS: Readonly<Record<PartnershipSignal, Label>> = {
  commonNeighbours: { fr: "le nombre de liens en commun", en: "how many links they have in common" },
  jaccard: { fr: "la part de leurs liens qu'ils partagent", en: "the share of their links they have in common" },
  adamicAdar: { fr: "des liens communs peu répandus", en: "links in common that few others have" },
  resourceAllocation: {
    fr: "des partenaires communs qui ont peu d'autres liens",
    en: "shared partners with few other links",
  },
  preferentialAttachment: { fr: "le nombre de liens de chacun", en: "how many links each one has" },
  proximity: { fr: "la proximité géographique", en: "how close they are" },
  sharedThemes: { fr: "les thèmes communs", en: "the themes they share" },
  sharedFinancers: { fr: "les financeurs communs", en: "the financers they share" },
  sharedNetworks: {
    fr: "les accompagnateurs ou réseaux communs",
    en: "the support providers or networks they share",
  },
  sharedEvents: { fr: "les évènements suivis ensemble", en: "the events they attended together" },
  legalFormComplementarity: { fr: "des formes juridiques différentes", en: "different legal forms" },
  kindComplementarity: {
    fr: "des types d'organisation complémentaires",
    en: "complementary kinds of organisation",
  },
  pathsOfThree: {
    fr: "des liens entre leurs partenaires respectifs",
    en: "links between their respective partners",
  },
};
