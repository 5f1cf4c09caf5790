/**
 * Kinds of ESS structures the demo population is drawn from: the kinds of
 * projects the programme names (social groceries, coworking, third places,
 * bicycle self-repair workshops, organic market gardening, solidarity river
 * tourism, last-mile logistics by electric cargo tricycle, solidarity finance
 * tools, a composting company, a cooperative supermarket) and common ESS
 * activities of a French suburban territory.
 */
import type { PurchaseCategory } from "./resource-types";
import type { LegalForm, StaffRange } from "./vocabulary";

export interface EssKind {
  key: string;
  /** Kind of project, in the programme's words (English, as the schema's examples). */
  projectKind: string;
  /** Readable activity label (French). */
  activity: string;
  /** A plausible NAF rev. 2 code. */
  nafCode: string;
  /** Legal forms this kind takes; the first is used for the first structure of the kind. */
  legalForms: readonly LegalForm[];
  /** Name prefixes ("Épicerie solidaire" + coined word). */
  prefixes: readonly string[];
  themes: readonly string[];
  staff: readonly StaffRange[];
  /** When such structures were typically founded. */
  era: "old" | "mid" | "new";
  /** Relative frequency in the population. */
  weight: number;
  /** How good a "vitrine de l'ESS" such a structure makes (0 to 3). */
  vitrine: number;
  /** Towns (INSEE codes) where such structures are most likely. */
  preferredTowns?: readonly string[];
  /** French description; `{town}` is replaced by the town's name. */
  description: string;
  /** What businesses can buy from it. */
  sells: readonly PurchaseCategory[];
  /** Resource types it typically needs (keys of RESOURCE_TYPES). */
  needs: readonly string[];
  /** Resource types it typically offers. */
  offers: readonly string[];
  /** Whether the programme names this kind of project. */
  namedByProgramme: boolean;
}

const RURAL = ["94047", "94056", "94070", "94048", "94053", "94075", "94060", "94004"];
const RIVERSIDE = ["94002", "94028", "94011", "94019"];

export const ESS_KINDS: readonly EssKind[] = [
  // --- kinds named by the programme -------------------------------------
  {
    key: "social-grocery", projectKind: "social grocery", activity: "Épicerie solidaire", nafCode: "88.99B",
    legalForms: ["ASSOCIATION"], prefixes: ["Épicerie solidaire", "Épicerie sociale"],
    themes: ["food-aid", "sustainable-food", "social-link"], staff: ["00", "01", "02", "03"], era: "mid", weight: 5, vitrine: 2,
    description: "Épicerie solidaire qui propose des produits à petit prix aux foyers orientés par les services sociaux de {town}, avec un espace d'accueil et des ateliers cuisine.",
    sells: [], needs: ["fridge-van", "cold-room", "van", "dry-storage"], offers: ["meeting-room"], namedByProgramme: true,
  },
  {
    key: "coworking", projectKind: "coworking space", activity: "Espace de coworking", nafCode: "68.20B",
    legalForms: ["SCIC", "ASSOCIATION", "ESUS_COMPANY"], prefixes: ["Coworking", "Espace de coworking"],
    themes: ["third-places", "cooperative-entrepreneurship"], staff: ["01", "02"], era: "new", weight: 3, vitrine: 2,
    description: "Espace de travail partagé à {town} pour indépendants, associations et porteurs de projet, avec des tarifs solidaires.",
    sells: [], needs: ["communication", "it-maintenance"], offers: ["office-desk", "meeting-room"], namedByProgramme: true,
  },
  {
    key: "third-place", projectKind: "third place", activity: "Tiers-lieu", nafCode: "94.99Z",
    legalForms: ["SCIC", "ASSOCIATION"], prefixes: ["Tiers-lieu", "La Fabrique"],
    themes: ["third-places", "social-link", "culture"], staff: ["01", "02", "03"], era: "new", weight: 4, vitrine: 3,
    description: "Tiers-lieu de {town} réunissant un café associatif, un atelier partagé et des bureaux ; un lieu de rencontre entre habitants, associations et entreprises.",
    sells: ["events", "catering"], needs: ["fundraising", "sound-system", "workshop-space"], offers: ["meeting-room", "event-hall", "pro-kitchen", "office-desk"], namedByProgramme: true,
  },
  {
    key: "bike-workshop", projectKind: "bicycle self-repair workshop", activity: "Atelier participatif de réparation de vélos", nafCode: "95.29Z",
    legalForms: ["ASSOCIATION"], prefixes: ["Atelier vélo", "Vélo-atelier"],
    themes: ["mobility-cycling", "circular-economy", "social-link"], staff: ["00", "01", "02"], era: "new", weight: 4, vitrine: 1,
    description: "Atelier d'autoréparation de vélos dans les quartiers de {town} : les habitants apprennent à entretenir leur vélo avec l'aide de bénévoles et de mécaniciens.",
    sells: [], needs: ["workshop-space", "dry-storage", "van", "bike-tools"], offers: ["bike-tools"], namedByProgramme: true,
  },
  {
    key: "market-gardening", projectKind: "organic market gardening", activity: "Maraîchage biologique", nafCode: "01.13Z",
    legalForms: ["SIAE_ACI", "SCOP", "ASSOCIATION"], prefixes: ["Jardins de", "Ferme maraîchère", "Potager"],
    themes: ["market-gardening", "sustainable-food", "work-integration"], staff: ["02", "03", "11"], era: "mid", weight: 4, vitrine: 2,
    preferredTowns: RURAL,
    description: "Exploitation maraîchère en agriculture biologique à {town}, qui vend ses légumes en circuit court et forme des personnes éloignées de l'emploi.",
    sells: ["vegetables"], needs: ["cold-room", "van", "food-lab", "shredder"], offers: ["green-spaces"], namedByProgramme: true,
  },
  {
    key: "river-tourism", projectKind: "solidarity river tourism", activity: "Tourisme fluvial solidaire", nafCode: "50.30Z",
    legalForms: ["ASSOCIATION", "SCIC"], prefixes: ["Escale fluviale", "Bateau solidaire"],
    themes: ["sustainable-tourism", "social-link", "disability-inclusion"], staff: ["01", "02"], era: "new", weight: 2, vitrine: 2,
    preferredTowns: RIVERSIDE,
    description: "Balades et découvertes en bateau sur la Marne et la Seine au départ de {town}, accessibles aux familles modestes et aux personnes à mobilité réduite.",
    sells: ["events"], needs: ["minibus", "communication", "dry-storage"], offers: [], namedByProgramme: true,
  },
  {
    key: "cargo-logistics", projectKind: "last-mile logistics by electric cargo tricycle", activity: "Livraison du dernier kilomètre en triporteur électrique", nafCode: "53.20Z",
    legalForms: ["SCOP", "SIAE_EI", "SCIC"], prefixes: ["Triporteurs", "Coursiers"],
    themes: ["last-mile-logistics", "mobility-cycling", "work-integration"], staff: ["02", "03", "11"], era: "new", weight: 3, vitrine: 1,
    description: "Livraisons en triporteurs électriques pour les commerces et les entreprises de {town} et des communes voisines, avec des livreurs en parcours d'insertion.",
    sells: ["delivery"], needs: ["dry-storage", "workshop-space", "cargo-bike"], offers: ["cargo-bike", "transport"], namedByProgramme: true,
  },
  {
    key: "solidarity-finance", projectKind: "solidarity finance tool", activity: "Épargne solidaire et prêts de proximité", nafCode: "64.99Z",
    legalForms: ["ASSOCIATION", "COOPERATIVE"], prefixes: ["Caisse solidaire", "Fonds citoyen"],
    themes: ["solidarity-finance", "cooperative-entrepreneurship"], staff: ["00", "01"], era: "mid", weight: 2, vitrine: 0,
    description: "Outil de finance solidaire qui collecte l'épargne d'habitants de {town} pour prêter aux petites entreprises et aux structures de l'ESS du territoire.",
    sells: [], needs: ["legal", "communication"], offers: ["fundraising"], namedByProgramme: true,
  },
  {
    key: "composting", projectKind: "composting company", activity: "Collecte et compostage de biodéchets", nafCode: "38.21Z",
    legalForms: ["SCOP", "ESUS_COMPANY", "SIAE_EI"], prefixes: ["Compost", "Compostière"],
    themes: ["waste-composting", "circular-economy", "sustainable-food"], staff: ["01", "02", "03"], era: "new", weight: 3, vitrine: 1,
    description: "Entreprise de collecte des biodéchets des restaurants et des cantines de {town}, transformés en compost pour les jardins et les maraîchers.",
    sells: ["biowaste"], needs: ["van", "materials-storage", "shredder"], offers: ["biowaste-collection", "shredder"], namedByProgramme: true,
  },
  {
    key: "coop-supermarket", projectKind: "cooperative supermarket", activity: "Supermarché coopératif et participatif", nafCode: "47.11D",
    legalForms: ["COOPERATIVE", "SCIC"], prefixes: ["Supermarché coopératif", "Coopérative alimentaire"],
    themes: ["sustainable-food", "local-commerce", "social-link"], staff: ["01", "02", "03"], era: "new", weight: 2, vitrine: 3,
    description: "Supermarché dont les clients sont les coopérateurs : chacun donne trois heures par mois, les produits locaux et biologiques sont vendus à prix justes à {town}.",
    sells: [], needs: ["cold-room", "van", "shop-front"], offers: ["marquee"], namedByProgramme: true,
  },
  // --- common ESS activities ---------------------------------------------
  {
    key: "insertion-caterer", projectKind: "work-integration caterer", activity: "Traiteur d'insertion", nafCode: "56.21Z",
    legalForms: ["SIAE_EI", "SIAE_ACI"], prefixes: ["Traiteur", "Cuisine solidaire"],
    themes: ["work-integration", "sustainable-food"], staff: ["03", "11", "12"], era: "mid", weight: 4, vitrine: 2,
    description: "Traiteur d'insertion installé à {town} : buffets, plateaux-repas et repas de collectivités cuisinés avec des produits de saison par des salariés en parcours d'insertion.",
    sells: ["catering"], needs: ["fridge-van", "cold-room", "van"], offers: ["pro-kitchen", "catering"], namedByProgramme: false,
  },
  {
    key: "solidarity-restaurant", projectKind: "solidarity restaurant", activity: "Restaurant solidaire", nafCode: "56.10A",
    legalForms: ["SIAE_ACI", "ASSOCIATION", "SCOP"], prefixes: ["Restaurant", "Cantine solidaire"],
    themes: ["sustainable-food", "social-link", "work-integration"], staff: ["02", "03", "11"], era: "mid", weight: 3, vitrine: 2,
    description: "Restaurant solidaire de {town} à prix modulés selon les revenus, qui forme aux métiers de la cuisine et du service.",
    sells: ["catering"], needs: ["cold-room", "biowaste-collection", "fridge-van"], offers: ["pro-kitchen"], namedByProgramme: false,
  },
  {
    key: "ressourcerie", projectKind: "recycling shop", activity: "Ressourcerie : collecte, valorisation et revente d'objets", nafCode: "47.79Z",
    legalForms: ["SIAE_ACI", "ASSOCIATION"], prefixes: ["Ressourcerie", "Recyclerie"],
    themes: ["circular-economy", "waste-composting", "work-integration"], staff: ["03", "11", "12"], era: "mid", weight: 4, vitrine: 3,
    description: "Ressourcerie de {town} qui collecte les objets dont les habitants et les entreprises n'ont plus besoin, les répare et les revend à petit prix.",
    sells: ["furniture-reuse"], needs: ["van", "materials-storage", "shop-front"], offers: ["marquee", "it-equipment"], namedByProgramme: false,
  },
  {
    key: "textile-reuse", projectKind: "textile reuse workshop", activity: "Collecte, tri et réemploi textile", nafCode: "47.79Z",
    legalForms: ["SIAE_ACI", "ASSOCIATION"], prefixes: ["Friperie solidaire", "Atelier textile"],
    themes: ["circular-economy", "work-integration", "gender-equality"], staff: ["02", "03", "11"], era: "mid", weight: 2, vitrine: 1,
    description: "Atelier et boutique de réemploi textile à {town} : tri, retouche et upcycling de vêtements par des femmes en parcours d'insertion.",
    sells: ["textile"], needs: ["sewing", "dry-storage", "van"], offers: ["sewing"], namedByProgramme: false,
  },
  {
    key: "computer-reuse", projectKind: "computer refurbishing", activity: "Reconditionnement informatique", nafCode: "95.11Z",
    legalForms: ["SIAE_EI", "EA", "ASSOCIATION"], prefixes: ["Atelier numérique", "Reconditionnement"],
    themes: ["digital-inclusion", "circular-economy", "work-integration"], staff: ["02", "03", "11"], era: "new", weight: 2, vitrine: 1,
    description: "Reconditionnement d'ordinateurs issus des entreprises de {town} et du territoire, revendus à prix solidaire aux ménages et aux associations.",
    sells: ["it-reuse"], needs: ["dry-storage", "van"], offers: ["it-equipment", "it-maintenance"], namedByProgramme: false,
  },
  {
    key: "digital-mediation", projectKind: "digital mediation", activity: "Médiation numérique", nafCode: "85.59B",
    legalForms: ["ASSOCIATION"], prefixes: ["Espace numérique", "Point numérique"],
    themes: ["digital-inclusion", "education-youth"], staff: ["01", "02"], era: "new", weight: 2, vitrine: 1,
    description: "Ateliers et permanences à {town} pour apprendre à utiliser un ordinateur, faire ses démarches en ligne et se protéger sur internet.",
    sells: [], needs: ["it-equipment", "meeting-room"], offers: ["digital"], namedByProgramme: false,
  },
  {
    key: "home-help", projectKind: "home help", activity: "Aide à domicile", nafCode: "88.10A",
    legalForms: ["ASSOCIATION", "SCIC"], prefixes: ["Aide à domicile", "Services à domicile"],
    themes: ["elderly-home-care", "health-care"], staff: ["11", "12", "21"], era: "old", weight: 4, vitrine: 1,
    description: "Aide à domicile des personnes âgées et des personnes en situation de handicap à {town} : ménage, repas, accompagnement aux courses.",
    sells: [], needs: ["van", "office-desk", "hr"], offers: ["meeting-room"], namedByProgramme: false,
  },
  {
    key: "childcare", projectKind: "parent-run nursery", activity: "Crèche associative", nafCode: "88.91A",
    legalForms: ["ASSOCIATION", "SCIC"], prefixes: ["Crèche", "Multi-accueil"],
    themes: ["education-youth", "gender-equality"], staff: ["03", "11"], era: "mid", weight: 3, vitrine: 1,
    description: "Crèche associative de {town} gérée avec les parents, avec des places réservées aux parents en recherche d'emploi ou en formation.",
    sells: [], needs: ["catering", "cleaning", "green-spaces"], offers: [], namedByProgramme: false,
  },
  {
    key: "sports-club", projectKind: "sports club", activity: "Club sportif", nafCode: "93.12Z",
    legalForms: ["ASSOCIATION"], prefixes: ["Club sportif", "Union sportive"],
    themes: ["sport", "education-youth", "social-link"], staff: ["00", "01", "02"], era: "old", weight: 5, vitrine: 1,
    description: "Club sportif de {town} ouvert à tous les âges, avec des créneaux de sport-santé et des tarifs adaptés aux revenus.",
    sells: ["events"], needs: ["minibus", "dry-storage", "marquee"], offers: ["minibus"], namedByProgramme: false,
  },
  {
    key: "theatre", projectKind: "theatre company", activity: "Compagnie de théâtre", nafCode: "90.01Z",
    legalForms: ["ASSOCIATION", "SCOP"], prefixes: ["Compagnie", "Théâtre"],
    themes: ["culture", "education-youth"], staff: ["01", "02"], era: "mid", weight: 3, vitrine: 1,
    description: "Compagnie de théâtre implantée à {town} qui crée des spectacles et mène des ateliers dans les écoles et les quartiers.",
    sells: ["events"], needs: ["event-hall", "van", "dry-storage", "sound-system"], offers: ["sound-system"], namedByProgramme: false,
  },
  {
    key: "music-school", projectKind: "music and arts school", activity: "Enseignement artistique", nafCode: "85.52Z",
    legalForms: ["ASSOCIATION"], prefixes: ["École de musique", "Atelier des arts"],
    themes: ["culture", "education-youth"], staff: ["02", "03", "11"], era: "old", weight: 2, vitrine: 1,
    description: "École associative de musique et d'arts plastiques de {town}, avec des cours à tarif selon le quotient familial.",
    sells: ["events"], needs: ["event-hall", "meeting-room"], offers: ["sound-system", "meeting-room"], namedByProgramme: false,
  },
  {
    key: "ea-cleaning", projectKind: "adapted enterprise (cleaning)", activity: "Nettoyage de locaux (entreprise adaptée)", nafCode: "81.21Z",
    legalForms: ["EA"], prefixes: ["Nettoyage", "Propreté solidaire"],
    themes: ["disability-inclusion", "public-procurement"], staff: ["12", "21"], era: "old", weight: 2, vitrine: 1,
    description: "Entreprise adaptée de {town} qui emploie majoritairement des travailleurs en situation de handicap pour le nettoyage de bureaux et de locaux publics.",
    sells: ["cleaning"], needs: ["van", "hr"], offers: ["cleaning"], namedByProgramme: false,
  },
  {
    key: "ea-landscaping", projectKind: "adapted enterprise (landscaping)", activity: "Entretien d'espaces verts (entreprise adaptée)", nafCode: "81.30Z",
    legalForms: ["EA", "SIAE_ACI"], prefixes: ["Espaces verts", "Paysages solidaires"],
    themes: ["disability-inclusion", "market-gardening", "public-procurement"], staff: ["11", "12"], era: "mid", weight: 2, vitrine: 1,
    description: "Entretien écologique des parcs, jardins et sites d'entreprises de {town} et alentour, par une équipe en grande partie en situation de handicap.",
    sells: ["green-spaces"], needs: ["van", "materials-storage"], offers: ["shredder", "green-spaces"], namedByProgramme: false,
  },
  {
    key: "esat", projectKind: "sheltered workshop (ESAT)", activity: "Établissement et service d'aide par le travail", nafCode: "88.10C",
    legalForms: ["ESAT"], prefixes: ["ESAT"],
    themes: ["disability-inclusion", "public-procurement"], staff: ["12", "21"], era: "old", weight: 2, vitrine: 1,
    description: "ESAT de {town} : conditionnement, mise sous pli, blanchisserie et restauration, pour des travailleurs en situation de handicap accompagnés par une équipe médico-sociale.",
    sells: ["subcontracting", "catering"], needs: ["transport", "van"], offers: ["dry-storage", "pro-kitchen"], namedByProgramme: false,
  },
  {
    key: "cae", projectKind: "business and employment cooperative", activity: "Coopérative d'activité et d'emploi", nafCode: "70.22Z",
    legalForms: ["CAE"], prefixes: ["Coopérative d'activité"],
    themes: ["cooperative-entrepreneurship", "gender-equality"], staff: ["03", "11"], era: "mid", weight: 2, vitrine: 1,
    description: "Coopérative d'activité et d'emploi qui héberge à {town} des entrepreneurs salariés : artisans, consultants, formateurs, avec une gestion mutualisée.",
    sells: [], needs: ["office-desk", "meeting-room"], offers: ["accounting", "legal"], namedByProgramme: false,
  },
  {
    key: "scic-energy", projectKind: "citizen energy cooperative", activity: "Production d'électricité renouvelable citoyenne", nafCode: "35.11Z",
    legalForms: ["SCIC"], prefixes: ["Énergie citoyenne", "Coopérative solaire"],
    themes: ["energy-climate", "cooperative-entrepreneurship"], staff: ["00", "01"], era: "new", weight: 2, vitrine: 1,
    description: "Coopérative citoyenne qui installe des centrales solaires sur les toits de {town}, financées par les habitants, les collectivités et les entreprises.",
    sells: ["energy"], needs: ["roof", "legal", "fundraising"], offers: [], namedByProgramme: false,
  },
  {
    key: "etti", projectKind: "temporary work-integration agency", activity: "Travail temporaire d'insertion", nafCode: "78.20Z",
    legalForms: ["SIAE_ETTI"], prefixes: ["Intérim solidaire"],
    themes: ["work-integration", "public-procurement"], staff: ["11", "12"], era: "mid", weight: 1, vitrine: 0,
    description: "Entreprise de travail temporaire d'insertion : missions dans le BTP, la logistique et les services auprès des entreprises de {town} et du territoire.",
    sells: ["staffing"], needs: ["hr", "office-desk"], offers: ["hr"], namedByProgramme: false,
  },
  {
    key: "intermediary-association", projectKind: "intermediary association", activity: "Mise à disposition de personnel (association intermédiaire)", nafCode: "78.30Z",
    legalForms: ["SIAE_AI"], prefixes: ["Services et emplois", "Emplois solidaires"],
    themes: ["work-integration", "elderly-home-care"], staff: ["03", "11", "12"], era: "old", weight: 2, vitrine: 0,
    description: "Association intermédiaire de {town} qui met ses salariés en parcours d'insertion à disposition de particuliers, d'associations et d'entreprises.",
    sells: ["staffing", "cleaning"], needs: ["hr", "meeting-room"], offers: [], namedByProgramme: false,
  },
  {
    key: "mutual", projectKind: "health mutual", activity: "Mutuelle santé de proximité", nafCode: "65.12Z",
    legalForms: ["MUTUAL"], prefixes: ["Mutuelle"],
    themes: ["health-care", "solidarity-finance"], staff: ["11", "12"], era: "old", weight: 1, vitrine: 0,
    description: "Mutuelle de proximité qui couvre des habitants et des salariés de {town} et finance des actions de prévention santé.",
    sells: [], needs: ["communication"], offers: ["meeting-room", "accounting"], namedByProgramme: false,
  },
  {
    key: "health-centre", projectKind: "community health centre", activity: "Centre de santé", nafCode: "86.21Z",
    legalForms: ["MUTUAL", "ASSOCIATION"], prefixes: ["Centre de santé"],
    themes: ["health-care", "social-link"], staff: ["11", "12"], era: "mid", weight: 2, vitrine: 1,
    description: "Centre de santé pluriprofessionnel de {town} sans dépassement d'honoraires, avec des actions de prévention dans les quartiers.",
    sells: [], needs: ["cleaning", "it-maintenance"], offers: ["meeting-room"], namedByProgramme: false,
  },
  {
    key: "supported-housing", projectKind: "supported housing", activity: "Résidence sociale et logement accompagné", nafCode: "87.90B",
    legalForms: ["FOUNDATION", "ASSOCIATION"], prefixes: ["Résidence solidaire", "Maison relais"],
    themes: ["housing-real-estate", "social-link"], staff: ["03", "11"], era: "old", weight: 2, vitrine: 0,
    description: "Logements accompagnés à {town} pour des personnes sortant de la rue ou de l'hébergement d'urgence, avec une équipe d'accompagnement social.",
    sells: [], needs: ["van", "cleaning", "catering"], offers: ["meeting-room"], namedByProgramme: false,
  },
  {
    key: "endowment-fund", projectKind: "endowment fund", activity: "Fonds de dotation pour l'initiative locale", nafCode: "94.99Z",
    legalForms: ["FOUNDATION"], prefixes: ["Fonds de dotation"],
    themes: ["solidarity-finance", "skills-sponsorship"], staff: ["00", "01"], era: "new", weight: 1, vitrine: 0,
    description: "Fonds de dotation qui réunit des entreprises et des habitants de {town} pour soutenir des projets d'utilité sociale du territoire.",
    sells: [], needs: ["communication", "legal"], offers: ["fundraising"], namedByProgramme: false,
  },
  {
    key: "esus-consulting", projectKind: "ecological transition consultancy", activity: "Bureau d'études en transition écologique", nafCode: "71.12B",
    legalForms: ["ESUS_COMPANY", "SCOP"], prefixes: ["Bureau d'études", "Atelier d'études"],
    themes: ["energy-climate", "housing-real-estate"], staff: ["02", "03"], era: "new", weight: 2, vitrine: 0,
    description: "Entreprise solidaire d'utilité sociale qui accompagne les copropriétés et les associations de {town} dans la rénovation énergétique.",
    sells: ["energy"], needs: ["office-desk"], offers: ["legal", "accounting"], namedByProgramme: false,
  },
  {
    key: "signage-printing", projectKind: "work-integration print and signage workshop", activity: "Signalétique et impression", nafCode: "18.12Z",
    legalForms: ["SIAE_EI", "ESAT"], prefixes: ["Imprimerie solidaire", "Atelier signalétique"],
    themes: ["work-integration", "public-procurement"], staff: ["03", "11"], era: "mid", weight: 2, vitrine: 0,
    description: "Atelier d'impression et de signalétique de {town} qui forme des salariés en insertion aux métiers de l'impression numérique.",
    sells: ["printing"], needs: ["van", "workshop-space"], offers: ["communication"], namedByProgramme: false,
  },
  {
    key: "social-centre", projectKind: "social centre", activity: "Centre social et maison de quartier", nafCode: "88.99B",
    legalForms: ["ASSOCIATION"], prefixes: ["Centre social", "Maison de quartier"],
    themes: ["social-link", "education-youth", "digital-inclusion"], staff: ["03", "11"], era: "old", weight: 3, vitrine: 2,
    description: "Centre social de {town} : accueil des familles, soutien scolaire, ateliers de français et projets portés par les habitants.",
    sells: [], needs: ["minibus", "it-equipment", "pro-kitchen"], offers: ["meeting-room", "event-hall"], namedByProgramme: false,
  },
  {
    key: "shared-garden", projectKind: "shared garden", activity: "Jardin partagé et éducation à l'environnement", nafCode: "94.99Z",
    legalForms: ["ASSOCIATION"], prefixes: ["Jardin partagé", "Jardins familiaux"],
    themes: ["market-gardening", "social-link", "waste-composting"], staff: ["00", "01"], era: "mid", weight: 3, vitrine: 1,
    description: "Jardin partagé de {town} cultivé par les habitants, avec un composteur collectif et des animations pour les écoles.",
    sells: [], needs: ["shredder", "marquee", "biowaste-collection"], offers: [], namedByProgramme: false,
  },
  {
    key: "coop-bakery", projectKind: "cooperative bakery", activity: "Boulangerie coopérative", nafCode: "10.71C",
    legalForms: ["SCOP"], prefixes: ["Fournil coopératif", "Boulangerie coopérative"],
    themes: ["sustainable-food", "local-commerce", "cooperative-entrepreneurship"], staff: ["02", "03"], era: "new", weight: 1, vitrine: 1,
    description: "Boulangerie coopérative de {town} qui fabrique du pain au levain avec des farines paysannes d'Île-de-France.",
    sells: ["bread"], needs: ["cargo-bike", "biowaste-collection"], offers: ["pro-kitchen"], namedByProgramme: false,
  },
  {
    key: "materials-reuse", projectKind: "building materials reuse", activity: "Réemploi de matériaux de construction", nafCode: "43.32A",
    legalForms: ["SCIC", "SIAE_ACI", "SCOP"], prefixes: ["Matériaux de réemploi", "Recyclerie du bâtiment"],
    themes: ["circular-economy", "housing-real-estate", "work-integration"], staff: ["02", "03", "11"], era: "new", weight: 2, vitrine: 1,
    description: "Collecte des matériaux de chantier réutilisables à {town} et alentour, revendus aux particuliers, aux artisans et aux associations.",
    sells: ["furniture-reuse"], needs: ["materials-storage", "van", "transport"], offers: ["workshop-space"], namedByProgramme: false,
  },
  {
    key: "producers-coop", projectKind: "farmers' cooperative", activity: "Coopérative de producteurs", nafCode: "46.31Z",
    legalForms: ["COOPERATIVE"], prefixes: ["Coopérative de producteurs", "Paniers paysans"],
    themes: ["market-gardening", "sustainable-food", "local-commerce"], staff: ["01", "02", "03"], era: "mid", weight: 2, vitrine: 1,
    preferredTowns: RURAL,
    description: "Coopérative qui réunit des producteurs du plateau briard autour de {town} pour vendre ensemble aux cantines, aux épiceries et aux habitants.",
    sells: ["vegetables"], needs: ["cold-room", "fridge-van", "food-lab"], offers: ["transport"], namedByProgramme: false,
  },
  {
    key: "moving-insertion", projectKind: "work-integration moving company", activity: "Déménagement solidaire", nafCode: "49.42Z",
    legalForms: ["SIAE_EI"], prefixes: ["Déménagement solidaire"],
    themes: ["work-integration", "last-mile-logistics"], staff: ["03", "11"], era: "mid", weight: 1, vitrine: 0,
    description: "Entreprise d'insertion de déménagement et de transport à {town}, pour les particuliers, les bailleurs et les entreprises.",
    sells: ["moving"], needs: ["dry-storage", "hr"], offers: ["van", "transport"], namedByProgramme: false,
  },
  {
    key: "solidarity-garage", projectKind: "solidarity garage", activity: "Garage solidaire", nafCode: "45.20A",
    legalForms: ["SIAE_ACI", "ASSOCIATION"], prefixes: ["Garage solidaire"],
    themes: ["mobility-cycling", "work-integration"], staff: ["02", "03"], era: "mid", weight: 1, vitrine: 0,
    description: "Garage solidaire de {town} qui répare à prix réduit les véhicules de personnes en insertion et forme des mécaniciens.",
    sells: [], needs: ["workshop-space", "materials-storage"], offers: ["van"], namedByProgramme: false,
  },
];

export const ESS_KIND_BY_KEY: ReadonlyMap<string, EssKind> = new Map(ESS_KINDS.map((k) => [k.key, k]));
