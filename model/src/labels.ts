/**
 * The one French/English label table for the schema's enum values, read by the
 * explorer (merged into its i18next resources), the widget's directory data and
 * the public pages (served by the API), and the API's explanations of
 * suggestions. Keys are typed by the generated vocabulary, so a value added to
 * an enum of schema/type-defs.graphql fails to compile until it has a label.
 */
import type { FinanceInstrument, LegalForm, PartnershipKind, ResourceKind, Stage } from "./generated/vocabulary";

export type LabelLanguage = "fr" | "en";
export type Label = Readonly<Record<LabelLanguage, string>>;

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, Label>> = {
  ASSOCIATION: { fr: "Association", en: "Association" },
  SCOP: { fr: "SCOP", en: "Worker cooperative (SCOP)" },
  SCIC: { fr: "SCIC", en: "Multi-stakeholder cooperative (SCIC)" },
  CAE: { fr: "Coopérative d'activité et d'emploi", en: "Business and employment cooperative" },
  COOPERATIVE: { fr: "Coopérative", en: "Cooperative" },
  MUTUAL: { fr: "Mutuelle", en: "Mutual" },
  FOUNDATION: { fr: "Fondation", en: "Foundation" },
  ESUS_COMPANY: { fr: "Entreprise ESUS", en: "ESUS company" },
  SIAE_ACI: { fr: "Atelier chantier d'insertion", en: "Integration worksite" },
  SIAE_EI: { fr: "Entreprise d'insertion", en: "Integration enterprise" },
  SIAE_ETTI: { fr: "Entreprise de travail temporaire d'insertion", en: "Integration temp agency" },
  SIAE_AI: { fr: "Association intermédiaire", en: "Intermediary association" },
  EA: { fr: "Entreprise adaptée", en: "Adapted enterprise" },
  ESAT: { fr: "ESAT", en: "Sheltered work establishment (ESAT)" },
};

export const STAGE_LABELS: Readonly<Record<Stage, Label>> = {
  IDEA: { fr: "Idée", en: "Idea" },
  LAUNCH: { fr: "Lancement", en: "Launch" },
  EARLY: { fr: "Premières années", en: "Early years" },
  CONSOLIDATION: { fr: "Consolidation", en: "Consolidation" },
  SCALING_UP: { fr: "Changement d'échelle", en: "Scaling up" },
};

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, Label>> = {
  PREMISES: { fr: "Locaux", en: "Premises" },
  VEHICLE: { fr: "Véhicule", en: "Vehicle" },
  EQUIPMENT: { fr: "Équipement", en: "Equipment" },
  STORAGE: { fr: "Stockage", en: "Storage" },
  KITCHEN: { fr: "Cuisine", en: "Kitchen" },
  SKILLS: { fr: "Compétences", en: "Skills" },
  SERVICE: { fr: "Service", en: "Service" },
};

export const PARTNERSHIP_KIND_LABELS: Readonly<Record<PartnershipKind, Label>> = {
  COMMERCIAL: { fr: "Relation commerciale", en: "Commercial relation" },
  SPONSORSHIP: { fr: "Mécénat", en: "Sponsorship" },
  SKILLS_SPONSORSHIP: { fr: "Mécénat de compétences", en: "Skills sponsorship" },
  CO_PROJECT: { fr: "Projet commun", en: "Joint project" },
};

export const FINANCE_INSTRUMENT_LABELS: Readonly<Record<FinanceInstrument, Label>> = {
  GRANT: { fr: "Subvention", en: "Grant" },
  LOAN: { fr: "Prêt", en: "Loan" },
  GUARANTEE: { fr: "Garantie", en: "Guarantee" },
  EQUITY: { fr: "Fonds propres", en: "Equity" },
};

/** The label tables by the name of their enum in the schema. */
export const ENUM_LABELS = {
  LegalForm: LEGAL_FORM_LABELS,
  Stage: STAGE_LABELS,
  ResourceKind: RESOURCE_KIND_LABELS,
  PartnershipKind: PARTNERSHIP_KIND_LABELS,
  FinanceInstrument: FINANCE_INSTRUMENT_LABELS,
} as const;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/**
 * The label of a value in one language; the value itself when the table does
 * not know it (an older client meeting a newer enum value shows the code, not
 * nothing).
 */
export function enumLabel(enumName: LabelledEnum, value: string, language: LabelLanguage): string {
  const table = ENUM_LABELS[enumName] as Readonly<Record<string, Label>>;
  return Object.hasOwn(table, value) ? table[value]![language] : value;
}

/** One enum's labels in one language, as a value → label object (the shape i18next resources take). */
export function labelsIn(enumName: LabelledEnum, language: LabelLanguage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ENUM_LABELS[enumName]).map(([value, label]) => [value, (label as Label)[language]]),
  );
}

/** A label inside a sentence: "Premières années" → "premières années"; acronyms ("ESAT", "SCOP") stay as they are. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase("fr") + label.slice(1) : label;
}
