/**
 * The shared theme vocabulary: one list used by ESS structures, businesses,
 * financers, support providers, research units, resource needs and events.
 * Codes are stable kebab-case English; labels are what people read.
 */
import type { NodeSpec, Provenance } from "@maillage/model";

export interface ThemeDef {
  code: string;
  labelFr: string;
  labelEn: string;
}

export const THEMES: readonly ThemeDef[] = [
  { code: "sustainable-food", labelFr: "Alimentation durable", labelEn: "Sustainable food" },
  {
    code: "market-gardening",
    labelFr: "Maraîchage biologique et agriculture urbaine",
    labelEn: "Organic market gardening and urban farming",
  },
  { code: "food-aid", labelFr: "Épiceries solidaires et aide alimentaire", labelEn: "Social groceries and food aid" },
  { code: "circular-economy", labelFr: "Économie circulaire et réemploi", labelEn: "Circular economy and reuse" },
  { code: "waste-composting", labelFr: "Déchets et compostage", labelEn: "Waste and composting" },
  { code: "mobility-cycling", labelFr: "Mobilité et vélo", labelEn: "Mobility and cycling" },
  { code: "last-mile-logistics", labelFr: "Logistique du dernier kilomètre", labelEn: "Last-mile logistics" },
  { code: "work-integration", labelFr: "Insertion par l'activité économique", labelEn: "Work integration" },
  { code: "disability-inclusion", labelFr: "Handicap et inclusion", labelEn: "Disability and inclusion" },
  { code: "housing-real-estate", labelFr: "Logement et immobilier de l'ESS", labelEn: "Housing and ESS real estate" },
  { code: "third-places", labelFr: "Tiers-lieux et coworking", labelEn: "Third places and coworking" },
  { code: "culture", labelFr: "Culture et arts", labelEn: "Culture and the arts" },
  {
    code: "education-youth",
    labelFr: "Éducation, jeunesse et petite enfance",
    labelEn: "Education, youth and early childhood",
  },
  { code: "health-care", labelFr: "Santé et soin", labelEn: "Health and care" },
  {
    code: "elderly-home-care",
    labelFr: "Grand âge et services à la personne",
    labelEn: "Elderly care and home services",
  },
  { code: "social-link", labelFr: "Lien social et vie de quartier", labelEn: "Social link and neighbourhood life" },
  { code: "solidarity-finance", labelFr: "Finance solidaire", labelEn: "Solidarity finance" },
  { code: "digital-inclusion", labelFr: "Inclusion numérique", labelEn: "Digital inclusion" },
  { code: "sustainable-tourism", labelFr: "Tourisme durable et fluvial", labelEn: "Sustainable and river tourism" },
  { code: "sport", labelFr: "Sport", labelEn: "Sport" },
  { code: "energy-climate", labelFr: "Énergie et climat", labelEn: "Energy and climate" },
  {
    code: "cooperative-entrepreneurship",
    labelFr: "Entrepreneuriat coopératif",
    labelEn: "Cooperative entrepreneurship",
  },
  { code: "local-commerce", labelFr: "Commerce de proximité", labelEn: "Local commerce" },
  { code: "gender-equality", labelFr: "Égalité femmes-hommes", labelEn: "Gender equality" },
  {
    code: "research-innovation",
    labelFr: "Recherche et innovation sociale",
    labelEn: "Research and social innovation",
  },
  {
    code: "public-procurement",
    labelFr: "Achats responsables et marchés réservés",
    labelEn: "Responsible and public procurement, reserved contracts",
  },
  {
    code: "skills-sponsorship",
    labelFr: "Mécénat, mécénat de compétences et RSE",
    labelEn: "Sponsorship, skills sponsorship and CSR",
  },
];

/** Theme codes, for validating references. */
export const THEME_CODES: Set<string> = new Set(THEMES.map((t) => t.code));

// The provenance stored on every Theme since the first seed: kept as written, so that a re-seed
// does not rewrite the provenance of existing databases (the table now lives in reference/src).
const THEME_PROVENANCE: Provenance = {
  source: "seed/src/themes.ts",
  sourceKind: "REFERENCE_DATA",
  sourceRef: "Maillage theme vocabulary",
};

/** One `Theme` node per entry of the vocabulary. */
export function themeNodes(): NodeSpec[] {
  return THEMES.map((t) => ({
    label: "Theme",
    props: { code: t.code, labelFr: t.labelFr, labelEn: t.labelEn, ...THEME_PROVENANCE },
  }));
}
