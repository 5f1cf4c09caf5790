/**
 * The hand-written organisations of the demo: financers, support providers
 * and research units. A few are real institutions named under their real
 * names (their links and figures in the demo are invented); the others are
 * invented. Not created here, because other seed modules create them from the
 * programme text: Région Île-de-France (fin-region-idf), the CRESS
 * (sup-cress-idf), UPEC (res-upec) and the programme's events.
 */
import type { FinancerDef, ResearchDef, SupportDef } from "./model";

export const EXTERNAL = {
  regionIdf: "fin-region-idf",
  cress: "sup-cress-idf",
  upec: "res-upec",
  top10: "event-top10",
  mieeWorkshops: "event-miee-workshops",
} as const;

export const FINANCERS: readonly FinancerDef[] = [
  {
    id: "fin-departement-94", name: "Département du Val-de-Marne", kind: "PUBLIC_BODY", instruments: ["GRANT"],
    ticketMinEur: 2000, ticketMaxEur: 30000, stages: ["LAUNCH", "EARLY", "CONSOLIDATION"],
    themes: ["work-integration", "food-aid", "social-link", "disability-inclusion", "elderly-home-care", "sustainable-food"],
    description: "Collectivité départementale : subventions aux projets de l'ESS, de l'insertion et de la solidarité.",
    real: true, fundedCount: 22, firstYear: 2016,
  },
  {
    id: "fin-france-active", name: "France Active", kind: "SOLIDARITY_FINANCE", instruments: ["GUARANTEE", "LOAN", "EQUITY"],
    ticketMinEur: 5000, ticketMaxEur: 150000, stages: ["LAUNCH", "EARLY", "CONSOLIDATION", "SCALING_UP"],
    themes: ["work-integration", "cooperative-entrepreneurship", "circular-economy", "solidarity-finance"],
    description: "Réseau de finance solidaire : garanties, prêts et apports en fonds propres aux entreprises engagées.",
    real: true, fundedCount: 16, firstYear: 2016,
  },
  {
    id: "fin-bpifrance", name: "Bpifrance", kind: "PUBLIC_BODY", instruments: ["LOAN", "GUARANTEE", "EQUITY"],
    ticketMinEur: 20000, ticketMaxEur: 500000, stages: ["EARLY", "CONSOLIDATION", "SCALING_UP"],
    themes: ["research-innovation", "energy-climate", "last-mile-logistics", "circular-economy"],
    description: "Banque publique d'investissement : prêts, garanties et fonds propres aux entreprises.",
    real: true, fundedCount: 8, firstYear: 2017,
  },
  {
    id: "fin-banque-des-territoires", name: "Banque des Territoires", kind: "PUBLIC_BODY", instruments: ["LOAN", "EQUITY"],
    ticketMinEur: 50000, ticketMaxEur: 800000, stages: ["CONSOLIDATION", "SCALING_UP"],
    themes: ["housing-real-estate", "third-places", "energy-climate", "health-care"],
    description: "Investisseur public de long terme au service des territoires : prêts et prises de participation.",
    real: true, fundedCount: 6, firstYear: 2018,
  },
  {
    id: "fin-credit-cooperatif", name: "Crédit Coopératif", kind: "BANK", instruments: ["LOAN"],
    ticketMinEur: 10000, ticketMaxEur: 300000, stages: ["EARLY", "CONSOLIDATION", "SCALING_UP"],
    themes: ["cooperative-entrepreneurship", "work-integration", "housing-real-estate", "solidarity-finance"],
    description: "Banque coopérative : prêts aux associations, coopératives et entreprises de l'ESS.",
    real: true, fundedCount: 12, firstYear: 2016,
  },
  {
    id: "fin-fondation-aubrevent", name: "Fondation Aubrevent pour l'initiative locale", kind: "FOUNDATION", instruments: ["GRANT"],
    ticketMinEur: 3000, ticketMaxEur: 40000, stages: ["LAUNCH", "EARLY", "CONSOLIDATION"],
    themes: ["social-link", "education-youth", "culture", "digital-inclusion"],
    description: "Fondation qui soutient les projets de lien social, d'éducation et de culture dans l'est du Val-de-Marne.",
    real: false, fundedCount: 10, firstYear: 2016, townCode: "94071",
  },
  {
    id: "fin-fondation-ormerive", name: "Fondation Ormerive Solidarités", kind: "FOUNDATION", instruments: ["GRANT"],
    ticketMinEur: 5000, ticketMaxEur: 60000, stages: ["EARLY", "CONSOLIDATION", "SCALING_UP"],
    themes: ["food-aid", "health-care", "elderly-home-care", "disability-inclusion"],
    description: "Fondation consacrée à l'aide alimentaire, à la santé et à l'autonomie des personnes âgées ou handicapées.",
    real: false, fundedCount: 9, firstYear: 2017, townCode: "94028",
  },
  {
    id: "fin-fonds-lumicorde", name: "Fonds de dotation Lumicorde", kind: "FOUNDATION", instruments: ["GRANT"],
    ticketMinEur: 2000, ticketMaxEur: 20000, stages: ["IDEA", "LAUNCH", "EARLY"],
    themes: ["sustainable-food", "market-gardening", "waste-composting", "energy-climate"],
    description: "Fonds de dotation pour les projets de transition écologique au démarrage.",
    real: false, fundedCount: 8, firstYear: 2019, townCode: "94075",
  },
  {
    id: "fin-club-grivoline", name: "Club d'épargne solidaire Grivoline", kind: "SOLIDARITY_FINANCE", instruments: ["EQUITY", "LOAN"],
    ticketMinEur: 1000, ticketMaxEur: 15000, stages: ["LAUNCH", "EARLY"],
    themes: ["cooperative-entrepreneurship", "local-commerce", "sustainable-food"],
    description: "Club d'habitants qui mettent en commun leur épargne pour entrer au capital de petites entreprises locales et les accompagner.",
    real: false, fundedCount: 7, firstYear: 2017, townCode: "94059",
  },
  {
    id: "fin-fonds-marnelys", name: "Fonds régional solidaire Marnelys", kind: "SOLIDARITY_FINANCE", instruments: ["LOAN", "EQUITY"],
    ticketMinEur: 20000, ticketMaxEur: 200000, stages: ["EARLY", "CONSOLIDATION", "SCALING_UP"],
    themes: ["work-integration", "circular-economy", "housing-real-estate"],
    description: "Fonds d'investissement solidaire francilien : prêts participatifs et fonds propres pour l'ESS.",
    real: false, fundedCount: 7, firstYear: 2018, townCode: "94028",
  },
  {
    id: "fin-prets-cabrelune", name: "Réseau de prêts d'honneur Cabrelune", kind: "SOLIDARITY_FINANCE", instruments: ["LOAN"],
    ticketMinEur: 3000, ticketMaxEur: 30000, stages: ["IDEA", "LAUNCH"],
    themes: ["cooperative-entrepreneurship", "gender-equality", "local-commerce"],
    description: "Prêts d'honneur à taux zéro aux créateurs et créatrices d'entreprise, avec un parrainage.",
    real: false, fundedCount: 8, firstYear: 2016, townCode: "94002",
  },
  {
    id: "fin-cagnolis", name: "Plateforme de financement participatif Cagnolis", kind: "SOLIDARITY_FINANCE", instruments: ["GRANT", "LOAN"],
    ticketMinEur: 1000, ticketMaxEur: 25000, stages: ["IDEA", "LAUNCH", "EARLY"],
    themes: ["culture", "sport", "mobility-cycling", "social-link"],
    description: "Plateforme de dons et de prêts citoyens pour des projets associatifs et coopératifs locaux.",
    real: false, fundedCount: 8, firstYear: 2019, townCode: "94044",
  },
];

/** The Région Île-de-France, created by the programme module: the demo only links to it. */
export const REGION_AS_FUNDER: FinancerDef = {
  id: EXTERNAL.regionIdf, name: "Région Île-de-France", kind: "PUBLIC_BODY", instruments: ["GRANT"],
  ticketMinEur: 5000, ticketMaxEur: 50000, stages: ["LAUNCH", "EARLY", "CONSOLIDATION", "SCALING_UP"],
  themes: ["circular-economy", "sustainable-food", "work-integration", "third-places", "energy-climate"],
  description: "", real: true, fundedCount: 10, firstYear: 2017,
};

const COOPERATIVE_FORMS = new Set(["SCOP", "SCIC", "CAE", "COOPERATIVE"]);

export const SUPPORT_PROVIDERS: readonly SupportDef[] = [
  {
    id: "sup-incubateur-germelle", name: "Incubateur ESS Germelle", slug: "incubateur-germelle",
    stagesServed: ["IDEA", "LAUNCH"], isNetwork: false, themes: ["cooperative-entrepreneurship", "research-innovation", "third-places"],
    description: "Incubateur de projets de l'ESS : douze mois d'accompagnement collectif et individuel, de l'idée à la création.",
    townCode: "94028", reach: 18, firstYear: 2016,
  },
  {
    id: "sup-accelerateur-voltigelle", name: "Accélérateur d'impact Voltigelle", slug: "accelerateur-voltigelle",
    stagesServed: ["CONSOLIDATION", "SCALING_UP"], isNetwork: false, themes: ["work-integration", "circular-economy", "sustainable-food"],
    description: "Accompagnement individuel de structures à fort impact social qui veulent changer d'échelle : stratégie, modèle économique, essaimage.",
    townCode: "94071", reach: 12, firstYear: 2019,
  },
  {
    id: "sup-reseau-tressalis", name: "Réseau coopératif Tressalis", slug: "reseau-tressalis",
    stagesServed: ["LAUNCH", "EARLY", "CONSOLIDATION", "SCALING_UP"], isNetwork: true, themes: ["cooperative-entrepreneurship"],
    description: "Réseau des coopératives de l'est francilien : appui juridique, formations de coopérateurs et échanges entre pairs.",
    townCode: "94002", reach: 8, firstYear: 2016, joins: (e) => COOPERATIVE_FORMS.has(e.legalForm),
  },
  {
    id: "sup-plateforme-brivelle", name: "Plateforme emploi-insertion Brivelle", slug: "plateforme-brivelle",
    stagesServed: ["EARLY", "CONSOLIDATION"], isNetwork: false, themes: ["work-integration", "public-procurement"],
    description: "Plateforme locale pour l'emploi : met en relation les structures d'insertion, les entreprises et les acheteurs publics.",
    townCode: "94011", reach: 14, firstYear: 2017,
  },
  {
    id: "sup-collectif-essaimelle", name: "Collectif des tiers-lieux Essaimelle", slug: "collectif-essaimelle",
    stagesServed: ["LAUNCH", "EARLY", "CONSOLIDATION"], isNetwork: true, themes: ["third-places", "social-link"],
    description: "Collectif qui relie les tiers-lieux, espaces de coworking et lieux partagés du sud-est du Val-de-Marne.",
    townCode: "94044", reach: 6, firstYear: 2019,
    joins: (e) => e.themes.includes("third-places") || e.kind.key === "social-centre",
  },
  {
    id: "sup-couveuse-nichelune", name: "Couveuse d'entrepreneurs Nichelune", slug: "couveuse-nichelune",
    stagesServed: ["IDEA", "LAUNCH"], isNetwork: false, themes: ["cooperative-entrepreneurship", "gender-equality"],
    description: "Couveuse qui permet de tester une activité en grandeur réelle avant de créer sa structure.",
    townCode: "94059", reach: 10, firstYear: 2016,
  },
  {
    id: "sup-immobilier-pierrevive", name: "Agence d'appui à l'immobilier solidaire Pierrevive", slug: "immobilier-pierrevive",
    stagesServed: ["EARLY", "CONSOLIDATION", "SCALING_UP"], isNetwork: false, themes: ["housing-real-estate", "third-places"],
    description: "Aide les structures de l'ESS à trouver, financer et aménager des locaux adaptés à leur activité.",
    townCode: "94071", reach: 10, firstYear: 2018,
  },
  {
    id: "sup-reseau-potagelle", name: "Réseau alimentation durable Potagelle", slug: "reseau-potagelle",
    stagesServed: ["LAUNCH", "EARLY", "CONSOLIDATION", "SCALING_UP"], isNetwork: true, themes: ["sustainable-food", "food-aid", "market-gardening"],
    description: "Réseau des acteurs de l'alimentation durable du territoire : producteurs, épiceries solidaires, traiteurs et restaurants.",
    townCode: "94075", reach: 10, firstYear: 2018,
    joins: (e) => e.themes.some((t) => t === "sustainable-food" || t === "food-aid" || t === "market-gardening"),
  },
];

export const RESEARCH_UNITS: readonly ResearchDef[] = [
  {
    id: "res-irg", name: "Institut de Recherche en Gestion (IRG)", kind: "LABORATORY", partOf: EXTERNAL.upec,
    themes: ["cooperative-entrepreneurship", "skills-sponsorship", "research-innovation"],
    description: "Laboratoire de sciences de gestion de l'Université Paris-Est Créteil.", real: true,
  },
  {
    id: "res-erudite", name: "ERUDITE", kind: "LABORATORY", partOf: EXTERNAL.upec,
    themes: ["work-integration", "solidarity-finance", "research-innovation"],
    description: "Laboratoire d'économie de l'Université Paris-Est Créteil.", real: true,
  },
  {
    id: "res-laburba", name: "Lab'Urba", kind: "LABORATORY", partOf: EXTERNAL.upec,
    themes: ["housing-real-estate", "third-places", "mobility-cycling"],
    description: "Laboratoire d'urbanisme et d'aménagement de l'Université Paris-Est Créteil.", real: true,
  },
  {
    id: "res-lirtes", name: "LIRTES", kind: "LABORATORY", partOf: EXTERNAL.upec,
    themes: ["education-youth", "work-integration", "social-link"],
    description: "Laboratoire de sciences de l'éducation et du travail social de l'Université Paris-Est Créteil.", real: true,
  },
  {
    id: "res-proj-cooperations", name: "Coopérations entre ESS et entreprises locales (projet de démonstration)", kind: "PROJECT", partOf: "res-irg",
    themes: ["skills-sponsorship", "public-procurement"], startYear: 2019, endYear: 2023,
    description: "Comment les entreprises d'un territoire achètent à l'ESS, la parrainent et coopèrent avec elle.", real: false,
  },
  {
    id: "res-proj-mutualisation", name: "Proximité et mutualisation des moyens dans l'ESS (projet de démonstration)", kind: "PROJECT", partOf: "res-erudite",
    themes: ["research-innovation", "last-mile-logistics", "housing-real-estate"], startYear: 2021, endYear: null,
    description: "Mesurer ce que la proximité géographique fait au partage de véhicules, de locaux et de cuisines entre structures.", real: false,
  },
  {
    id: "res-proj-finance", name: "Finance solidaire et petites structures (projet de démonstration)", kind: "PROJECT", partOf: "res-erudite",
    themes: ["solidarity-finance"], startYear: 2024, endYear: null,
    description: "Les parcours de financement des petites structures de l'ESS, de la subvention au prêt.", real: false,
  },
  {
    id: "res-proj-tiers-lieux", name: "Tiers-lieux et fabrique de la ville (projet de démonstration)", kind: "PROJECT", partOf: "res-laburba",
    themes: ["third-places", "social-link"], startYear: 2020, endYear: 2024,
    description: "Ce que les tiers-lieux changent à la vie des quartiers et aux politiques d'aménagement.", real: false,
  },
  {
    id: "res-proj-alimentation", name: "Systèmes alimentaires durables du plateau briard (projet de démonstration)", kind: "PROJECT", partOf: "res-laburba",
    themes: ["sustainable-food", "market-gardening", "food-aid"], startYear: 2022, endYear: null,
    description: "Producteurs, épiceries solidaires et restauration collective : les circuits courts d'un territoire périurbain.", real: false,
  },
  {
    id: "res-proj-parcours", name: "Parcours d'insertion et apprentissages au travail (projet de démonstration)", kind: "PROJECT", partOf: "res-lirtes",
    themes: ["work-integration", "education-youth"], startYear: 2018, endYear: 2022,
    description: "Ce que les salariés en insertion apprennent au travail, et comment les encadrants les accompagnent.", real: false,
  },
];
