/**
 * Sectors of the local businesses of the demo: what they do, how big they
 * are, what they buy from ESS structures and what they can lend or give.
 */
import type { PurchaseCategory } from "./resource-types";
import type { StaffRange } from "./vocabulary";

export interface BusinessSector {
  key: string;
  activity: string;
  nafCode: string;
  /** Name patterns: "{w}" is replaced by a coined word. */
  names: readonly string[];
  staff: readonly StaffRange[];
  weight: number;
  /** Sited in activity zones rather than town centres. */
  industrial: boolean;
  /** Towns where such businesses are more likely (INSEE codes). */
  preferredTowns?: readonly string[];
  themes: readonly string[];
  buys: readonly PurchaseCategory[];
  /** Resource types it may offer (keys of RESOURCE_TYPES). */
  offers: readonly string[];
  description: string;
}

const ACTIVITY_TOWNS = ["94011", "94028", "94044", "94071", "94004", "94060"];

export const BUSINESS_SECTORS: readonly BusinessSector[] = [
  {
    key: "restaurant", activity: "Restauration traditionnelle", nafCode: "56.10A", names: ["Restaurant {w}", "Brasserie {w}", "Bistrot {w}"],
    staff: ["01", "02", "03", "11"], weight: 14, industrial: false, themes: ["sustainable-food"], buys: ["vegetables", "biowaste", "bread"],
    offers: ["pro-kitchen"], description: "Restaurant de cuisine de saison à {town}.",
  },
  {
    key: "fast-food", activity: "Restauration de type rapide", nafCode: "56.10C", names: ["Snack {w}", "{w} Express"],
    staff: ["01", "02", "03"], weight: 5, industrial: false, themes: [], buys: ["biowaste"], offers: [],
    description: "Restauration rapide et vente à emporter à {town}.",
  },
  {
    key: "bakery", activity: "Boulangerie-pâtisserie", nafCode: "10.71C", names: ["Boulangerie {w}", "Boulangerie-pâtisserie {w}"],
    staff: ["01", "02", "03"], weight: 10, industrial: false, themes: ["local-commerce"], buys: ["biowaste", "delivery"], offers: ["marquee"],
    description: "Boulangerie-pâtisserie artisanale à {town}.",
  },
  {
    key: "house-builder", activity: "Construction de maisons individuelles", nafCode: "41.20A", names: ["{w} Construction", "Bâtiments {w}"],
    staff: ["03", "11", "12"], weight: 5, industrial: true, themes: ["housing-real-estate"], buys: ["staffing", "furniture-reuse", "green-spaces"],
    offers: ["materials-storage", "van"], description: "Constructeur de maisons et de petits collectifs basé à {town}.",
  },
  {
    key: "masonry", activity: "Travaux de maçonnerie générale", nafCode: "43.99C", names: ["Maçonnerie {w}", "{w} Bâtiment"],
    staff: ["02", "03", "11"], weight: 6, industrial: true, themes: ["housing-real-estate"], buys: ["staffing", "furniture-reuse"],
    offers: ["materials-storage", "van"], description: "Entreprise de maçonnerie et de gros œuvre de {town}.",
  },
  {
    key: "electrician", activity: "Travaux d'installation électrique", nafCode: "43.21A", names: ["{w} Électricité", "Électricité {w}"],
    staff: ["01", "02", "03", "11"], weight: 5, industrial: false, themes: ["energy-climate"], buys: ["staffing", "energy"],
    offers: ["van", "hr"], description: "Électricien et installateur de panneaux solaires à {town}.",
  },
  {
    key: "plumber", activity: "Travaux de plomberie et de chauffage", nafCode: "43.22A", names: ["{w} Plomberie", "Chauffage {w}"],
    staff: ["01", "02", "03"], weight: 4, industrial: false, themes: ["energy-climate"], buys: ["staffing"],
    offers: ["van"], description: "Plomberie, chauffage et pompes à chaleur à {town}.",
  },
  {
    key: "warehouse", activity: "Entreposage et stockage non frigorifique", nafCode: "52.10B", names: ["{w} Logistique", "Entrepôts {w}"],
    staff: ["12", "21", "22", "32"], weight: 5, industrial: true, preferredTowns: ["94011", "94044", "94071"], themes: ["last-mile-logistics"],
    buys: ["staffing", "cleaning", "subcontracting", "moving"], offers: ["dry-storage", "materials-storage", "roof", "transport"],
    description: "Plateforme logistique de {town} au service de la distribution francilienne.",
  },
  {
    key: "trucking", activity: "Transports routiers de fret de proximité", nafCode: "49.41B", names: ["Transports {w}", "{w} Fret"],
    staff: ["03", "11", "12", "21"], weight: 5, industrial: true, preferredTowns: ACTIVITY_TOWNS, themes: ["last-mile-logistics"],
    buys: ["staffing", "cleaning"], offers: ["van", "fridge-van", "transport"], description: "Transporteur routier de marchandises installé à {town}.",
  },
  {
    key: "cold-wholesale", activity: "Commerce de gros alimentaire non spécialisé", nafCode: "46.39B", names: ["{w} Distribution", "Primeurs {w}"],
    staff: ["11", "12", "21"], weight: 4, industrial: true, preferredTowns: ["94011", "94028", "94044"], themes: ["sustainable-food"],
    buys: ["vegetables", "biowaste", "staffing", "delivery"], offers: ["cold-room", "fridge-van", "dry-storage"],
    description: "Grossiste alimentaire de {town} approvisionnant restaurants et collectivités.",
  },
  {
    key: "hypermarket", activity: "Hypermarché", nafCode: "47.11F", names: ["Hypermarché {w}", "Grand marché {w}"],
    staff: ["22", "31", "32"], weight: 2, industrial: false, preferredTowns: ["94028", "94044", "94071", "94060"], themes: ["sustainable-food", "local-commerce"],
    buys: ["vegetables", "delivery", "biowaste", "cleaning", "staffing"], offers: ["cold-room", "shop-front", "marquee"],
    description: "Hypermarché indépendant de {town}, avec une galerie commerçante.",
  },
  {
    key: "grocery", activity: "Supérette et commerce d'alimentation générale", nafCode: "47.11B", names: ["Épicerie {w}", "Marché {w}"],
    staff: ["01", "02", "03"], weight: 6, industrial: false, themes: ["local-commerce"], buys: ["vegetables", "bread", "delivery"],
    offers: [], description: "Commerce d'alimentation de proximité à {town}.",
  },
  {
    key: "clothing", activity: "Commerce de détail d'habillement", nafCode: "47.71Z", names: ["Boutique {w}", "{w} Mode"],
    staff: ["01", "02"], weight: 5, industrial: false, themes: ["local-commerce"], buys: ["textile", "printing"], offers: ["shop-front"],
    description: "Boutique de prêt-à-porter du centre-ville de {town}.",
  },
  {
    key: "hardware", activity: "Commerce de détail de quincaillerie et bricolage", nafCode: "47.52A", names: ["Quincaillerie {w}", "Bricolage {w}"],
    staff: ["02", "03", "11"], weight: 3, industrial: false, themes: ["circular-economy"], buys: ["furniture-reuse", "delivery"], offers: ["marquee", "workshop-space"],
    description: "Quincaillerie et matériaux de bricolage à {town}.",
  },
  {
    key: "garden-centre", activity: "Jardinerie", nafCode: "47.76Z", names: ["Jardinerie {w}", "Pépinières {w}"],
    staff: ["03", "11", "12"], weight: 3, industrial: false, preferredTowns: ["94047", "94056", "94070", "94075", "94048"], themes: ["market-gardening"],
    buys: ["green-spaces", "biowaste"], offers: ["shredder", "green-spaces"], description: "Jardinerie et pépinière horticole de {town}.",
  },
  {
    key: "pharmacy", activity: "Commerce de détail de produits pharmaceutiques", nafCode: "47.73Z", names: ["Pharmacie {w}"],
    staff: ["02", "03"], weight: 5, industrial: false, themes: ["health-care"], buys: ["delivery"], offers: [],
    description: "Pharmacie de quartier à {town}.",
  },
  {
    key: "real-estate", activity: "Agence immobilière", nafCode: "68.31Z", names: ["Immobilier {w}", "Agence {w}"],
    staff: ["01", "02", "03"], weight: 6, industrial: false, themes: ["housing-real-estate"], buys: ["printing"], offers: ["shop-front", "meeting-room"],
    description: "Agence immobilière (transaction et gestion locative) de {town}.",
  },
  {
    key: "it-services", activity: "Conseil en systèmes et logiciels informatiques", nafCode: "62.02A", names: ["{w} Informatique", "{w} Numérique"],
    staff: ["02", "03", "11", "12"], weight: 6, industrial: false, themes: ["digital-inclusion"], buys: ["it-reuse", "catering", "cleaning"],
    offers: ["digital", "it-equipment", "it-maintenance"], description: "Société de services informatiques et de développement web à {town}.",
  },
  {
    key: "software", activity: "Programmation informatique", nafCode: "62.01Z", names: ["{w} Logiciels", "{w} Labs"],
    staff: ["02", "03", "11"], weight: 3, industrial: false, themes: ["digital-inclusion", "research-innovation"], buys: ["it-reuse", "catering"],
    offers: ["digital", "meeting-room"], description: "Éditeur de logiciels installé à {town}.",
  },
  {
    key: "hospital", activity: "Activités hospitalières (clinique privée)", nafCode: "86.10Z", names: ["Clinique {w}", "Centre hospitalier privé {w}"],
    staff: ["32", "41", "42"], weight: 1, industrial: false, preferredTowns: ["94028", "94044", "94071"], themes: ["health-care"],
    buys: ["catering", "cleaning", "textile", "biowaste", "green-spaces", "staffing", "subcontracting"], offers: ["meeting-room", "pro-kitchen"],
    description: "Établissement de santé privé de {town} : chirurgie, médecine et soins de suite.",
  },
  {
    key: "nursing-home", activity: "Hébergement médicalisé pour personnes âgées", nafCode: "87.10A", names: ["Résidence {w}", "Les Jardins {w}"],
    staff: ["12", "21"], weight: 3, industrial: false, themes: ["elderly-home-care", "health-care"], buys: ["catering", "events", "green-spaces", "cleaning"],
    offers: ["minibus", "event-hall"], description: "Établissement d'hébergement pour personnes âgées dépendantes à {town}.",
  },
  {
    key: "hotel", activity: "Hôtellerie", nafCode: "55.10Z", names: ["Hôtel {w}"],
    staff: ["03", "11", "12"], weight: 3, industrial: false, themes: ["sustainable-tourism"], buys: ["textile", "vegetables", "biowaste", "cleaning"],
    offers: ["meeting-room", "event-hall"], description: "Hôtel d'affaires et de tourisme à {town}.",
  },
  {
    key: "car-dealer", activity: "Commerce de voitures et de véhicules légers", nafCode: "45.11Z", names: ["Garage {w}", "{w} Automobiles"],
    staff: ["03", "11", "12"], weight: 4, industrial: true, themes: ["mobility-cycling"], buys: ["cleaning", "green-spaces"],
    offers: ["van", "minibus"], description: "Concession et vente de véhicules neufs et d'occasion à {town}.",
  },
  {
    key: "car-repair", activity: "Entretien et réparation de véhicules légers", nafCode: "45.20A", names: ["Garage {w}", "Carrosserie {w}"],
    staff: ["01", "02", "03"], weight: 4, industrial: true, themes: ["mobility-cycling"], buys: ["staffing"], offers: ["workshop-space"],
    description: "Garage de mécanique et de carrosserie à {town}.",
  },
  {
    key: "cleaning", activity: "Nettoyage courant des bâtiments", nafCode: "81.21Z", names: ["{w} Propreté", "{w} Services"],
    staff: ["11", "12", "21"], weight: 3, industrial: true, themes: [], buys: ["staffing", "textile"], offers: ["cleaning"],
    description: "Entreprise de propreté et de services aux bâtiments de {town}.",
  },
  {
    key: "food-industry", activity: "Fabrication de produits alimentaires", nafCode: "10.89Z", names: ["{w} Gourmet", "Ateliers {w}"],
    staff: ["12", "21", "22"], weight: 3, industrial: true, preferredTowns: ACTIVITY_TOWNS, themes: ["sustainable-food"],
    buys: ["biowaste", "subcontracting", "staffing", "vegetables"], offers: ["cold-room", "food-lab", "roof"],
    description: "Fabricant de plats cuisinés et de produits traiteur à {town}.",
  },
  {
    key: "mechanics", activity: "Mécanique industrielle", nafCode: "25.62B", names: ["{w} Mécanique", "Usinage {w}"],
    staff: ["11", "12", "21"], weight: 3, industrial: true, preferredTowns: ACTIVITY_TOWNS, themes: ["research-innovation"],
    buys: ["subcontracting", "staffing", "cleaning"], offers: ["workshop-space", "roof", "hr"],
    description: "Atelier de mécanique de précision et d'usinage de {town}.",
  },
  {
    key: "packaging", activity: "Fabrication d'emballages", nafCode: "22.22Z", names: ["{w} Emballages", "{w} Conditionnement"],
    staff: ["12", "21", "22"], weight: 2, industrial: true, preferredTowns: ACTIVITY_TOWNS, themes: ["circular-economy"],
    buys: ["subcontracting", "staffing", "cleaning"], offers: ["dry-storage", "roof"],
    description: "Fabricant d'emballages recyclables installé à {town}.",
  },
  {
    key: "accounting", activity: "Expertise comptable", nafCode: "69.20Z", names: ["Cabinet {w}", "{w} Expertise"],
    staff: ["02", "03", "11"], weight: 5, industrial: false, themes: ["cooperative-entrepreneurship"], buys: ["catering", "cleaning", "it-reuse"],
    offers: ["accounting", "meeting-room"], description: "Cabinet d'expertise comptable et de conseil de {town}.",
  },
  {
    key: "law-firm", activity: "Activités juridiques", nafCode: "69.10Z", names: ["Cabinet {w} avocats"],
    staff: ["01", "02", "03"], weight: 2, industrial: false, themes: [], buys: ["catering", "printing"], offers: ["legal"],
    description: "Cabinet d'avocats en droit des affaires et droit social à {town}.",
  },
  {
    key: "insurance-broker", activity: "Courtage d'assurances", nafCode: "66.22Z", names: ["{w} Assurances"],
    staff: ["01", "02", "03"], weight: 3, industrial: false, themes: [], buys: ["printing", "catering"], offers: ["meeting-room"],
    description: "Courtier en assurances pour les particuliers et les professionnels de {town}.",
  },
  {
    key: "communication-agency", activity: "Agence de communication", nafCode: "73.11Z", names: ["Agence {w}", "{w} Studio"],
    staff: ["02", "03", "11"], weight: 4, industrial: false, themes: ["culture"], buys: ["printing", "catering", "events"],
    offers: ["communication", "digital"], description: "Agence de communication et de design graphique de {town}.",
  },
  {
    key: "event-venue", activity: "Organisation de salons et d'événements", nafCode: "82.30Z", names: ["Espace {w}", "Domaine {w}"],
    staff: ["02", "03", "11"], weight: 2, industrial: false, themes: ["culture"], buys: ["catering", "events", "cleaning", "green-spaces"],
    offers: ["event-hall", "marquee", "sound-system"], description: "Lieu de réceptions et de séminaires à {town}.",
  },
  {
    key: "architecture", activity: "Activités d'architecture", nafCode: "71.11Z", names: ["Atelier {w} architectes"],
    staff: ["01", "02", "03"], weight: 3, industrial: false, themes: ["housing-real-estate"], buys: ["printing", "furniture-reuse"],
    offers: ["legal", "meeting-room"], description: "Agence d'architecture et d'urbanisme de {town}.",
  },
  {
    key: "security", activity: "Activités de sécurité privée", nafCode: "80.10Z", names: ["{w} Sécurité"],
    staff: ["11", "12", "21"], weight: 2, industrial: true, themes: [], buys: ["staffing", "textile"], offers: ["hr"],
    description: "Entreprise de gardiennage et de sécurité de {town}.",
  },
  {
    key: "coach-operator", activity: "Transport routier de voyageurs", nafCode: "49.39A", names: ["Autocars {w}", "Voyages {w}"],
    staff: ["11", "12", "21"], weight: 2, industrial: true, themes: ["mobility-cycling"], buys: ["cleaning", "staffing"],
    offers: ["minibus"], description: "Autocariste de {town} : lignes scolaires, excursions et transports de groupes.",
  },
  {
    key: "gym", activity: "Centre de remise en forme", nafCode: "93.13Z", names: ["{w} Fitness", "Salle {w}"],
    staff: ["01", "02", "03"], weight: 3, industrial: false, themes: ["sport"], buys: ["cleaning"], offers: ["meeting-room"],
    description: "Salle de sport et de remise en forme à {town}.",
  },
  {
    key: "training", activity: "Formation continue d'adultes", nafCode: "85.59A", names: ["{w} Formation", "Institut {w}"],
    staff: ["02", "03", "11"], weight: 3, industrial: false, themes: ["education-youth", "work-integration"], buys: ["catering", "it-reuse"],
    offers: ["meeting-room", "hr"], description: "Organisme de formation professionnelle de {town}.",
  },
  {
    key: "contract-catering", activity: "Restauration collective sous contrat", nafCode: "56.29A", names: ["{w} Restauration", "Cuisines {w}"],
    staff: ["12", "21", "22"], weight: 2, industrial: true, preferredTowns: ACTIVITY_TOWNS, themes: ["sustainable-food"],
    buys: ["vegetables", "biowaste", "staffing", "bread"], offers: ["pro-kitchen", "cold-room", "fridge-van"],
    description: "Cuisine centrale de {town} qui prépare les repas d'entreprises, d'écoles et d'établissements de santé.",
  },
  {
    key: "waste-management", activity: "Collecte des déchets non dangereux", nafCode: "38.11Z", names: ["{w} Environnement", "{w} Recyclage"],
    staff: ["12", "21", "22"], weight: 2, industrial: true, preferredTowns: ["94011", "94044"], themes: ["waste-composting", "circular-economy"],
    buys: ["staffing", "furniture-reuse"], offers: ["materials-storage", "transport"], description: "Collecte et tri des déchets d'entreprises à {town}.",
  },
  {
    key: "butcher", activity: "Boucherie-charcuterie", nafCode: "47.22Z", names: ["Boucherie {w}"],
    staff: ["01", "02"], weight: 3, industrial: false, themes: ["local-commerce"], buys: ["biowaste"], offers: ["cold-room"],
    description: "Boucherie-charcuterie artisanale de {town}.",
  },
  {
    key: "florist", activity: "Fleuriste", nafCode: "47.76Z", names: ["Fleurs {w}", "{w} Fleurs"],
    staff: ["01", "02"], weight: 2, industrial: false, themes: ["local-commerce"], buys: ["delivery", "vegetables"], offers: [],
    description: "Artisan fleuriste à {town}.",
  },
  {
    key: "cinema", activity: "Projection de films cinématographiques", nafCode: "59.14Z", names: ["Cinéma {w}"],
    staff: ["03", "11"], weight: 1, industrial: false, themes: ["culture"], buys: ["events", "cleaning"], offers: ["event-hall"],
    description: "Cinéma de centre-ville à {town}.",
  },
  {
    key: "engineering", activity: "Ingénierie et études techniques", nafCode: "71.12B", names: ["{w} Ingénierie", "Bureau {w}"],
    staff: ["03", "11", "12", "21"], weight: 3, industrial: false, themes: ["energy-climate", "research-innovation"], buys: ["catering", "it-reuse", "cleaning"],
    offers: ["digital", "accounting", "meeting-room"], description: "Bureau d'études en ingénierie du bâtiment et de l'énergie de {town}.",
  },
  {
    key: "printing", activity: "Imprimerie", nafCode: "18.12Z", names: ["Imprimerie {w}"],
    staff: ["02", "03", "11"], weight: 2, industrial: true, themes: [], buys: ["subcontracting", "delivery"], offers: ["communication"],
    description: "Imprimerie offset et numérique de {town}.",
  },
];

/** CSR commitments, in plain words, and the theme each one points to. */
export const CSR_COMMITMENTS: readonly { text: string; theme: string }[] = [
  { text: "achats locaux", theme: "local-commerce" },
  { text: "insertion professionnelle", theme: "work-integration" },
  { text: "réduction des déchets", theme: "waste-composting" },
  { text: "mécénat de compétences", theme: "skills-sponsorship" },
  { text: "mécénat financier", theme: "skills-sponsorship" },
  { text: "emploi de personnes en situation de handicap", theme: "disability-inclusion" },
  { text: "lutte contre le gaspillage alimentaire", theme: "sustainable-food" },
  { text: "mobilité douce des salariés", theme: "mobility-cycling" },
  { text: "sobriété énergétique", theme: "energy-climate" },
  { text: "achats auprès de l'ESS", theme: "public-procurement" },
  { text: "égalité femmes-hommes", theme: "gender-equality" },
  { text: "don de matériel", theme: "circular-economy" },
  { text: "accueil de stagiaires des quartiers prioritaires", theme: "education-youth" },
  { text: "réemploi des matériaux", theme: "circular-economy" },
];
