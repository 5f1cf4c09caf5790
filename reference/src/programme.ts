/**
 * The facts of the GPSEA ESS programme, each with its source:
 * - the programme text (reference/data/programme-ess-gpsea.fr.txt, a copy of
 *   ../shared/docs/programme-ess-gpsea.fr.txt);
 * - the known call-for-projects editions (reference/data/aap-editions.json, a copy of
 *   ../shared/data/aap-editions.json), each fact with the public page it comes from.
 * Nothing here is invented: what the sources do not say stays null.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CalendarDate, type GraphSpec, type NodeSpec, type Provenance, type RelSpec, ref } from "@maillage/model";
import { GPSEA_EPT_CODE } from "./territory";

export const PROGRAMME_ID = "gpsea-ess-programme";
export const AAP_EDITIONS_PATH = join(__dirname, "..", "data", "aap-editions.json");

/** Ids of the real institutions the programme text names; other modules link to them. */
export const INSTITUTION_IDS = {
  upec: "res-upec",
  cress: "sup-cress-idf",
  region: "fin-region-idf",
} as const;

export const EVENT_IDS = { top10: "event-top10", mieeWorkshops: "event-miee-workshops" } as const;

const TEXT: Provenance = {
  source: "programme text",
  sourceKind: "PROGRAMME_TEXT",
  sourceRef: "programme-ess-gpsea.fr.txt",
};

function fromText(paragraph: string): Provenance {
  return { ...TEXT, sourceRef: `${TEXT.sourceRef}: ${paragraph}` };
}

interface ActionDef {
  id: string;
  axis: 1 | 2 | 3;
  title: string;
  titleEn: string;
  sinceYear?: number;
  facts?: string[];
  themes?: string[];
}

const AXES = [
  {
    number: 1,
    title: "Favoriser la démarche de mutualisation et de coopération des acteurs locaux",
    titleEn: "Foster pooling and cooperation between local actors",
    description:
      "Encourager à la fois la mutualisation des moyens et les projets de développement économique local entre acteurs publics et privés.",
  },
  {
    number: 2,
    title:
      "Renforcer l'accompagnement et le financement des projets de l'ESS répondant aux besoins socio-économiques du territoire",
    titleEn: "Strengthen support and funding for ESS projects that meet the territory's socio-economic needs",
    description: null,
  },
  {
    number: 3,
    title: "Développer les actions de sensibilisation et de promotion de l'ESS afin de renforcer sa visibilité",
    titleEn: "Raise awareness of the ESS and promote it to make it more visible",
    description: null,
  },
] as const;

const ACTIONS: ActionDef[] = [
  {
    id: "action-exchanges",
    axis: 1,
    title: "Soutenir les dynamiques d'échanges entre acteurs",
    titleEn: "Support exchanges between actors",
  },
  {
    id: "action-public-policies",
    axis: 1,
    title: "Renforcer les liens entre l'ESS et d'autres politiques publiques",
    titleEn: "Link the ESS with other public policies",
  },
  {
    id: "action-business-relations",
    axis: 1,
    title: "Développer les relations entre les structures de l'ESS et les entreprises locales",
    titleEn: "Develop relations between ESS structures and local businesses",
    facts: [
      "Notamment via les politiques RSE des entreprises, du mécénat ou un travail de mise en réseau.",
      "Le Top 10 (convention d'affaires) a permis à une dizaine de structures de l'ESS de rencontrer 50 entreprises locales.",
    ],
  },
  {
    id: "action-pooling",
    axis: 1,
    title: "Faciliter les mutualisations de moyens entre les structures",
    titleEn: "Make pooling of means between structures easier",
  },
  {
    id: "action-research",
    axis: 1,
    title: "Développer la recherche en ESS en s'appuyant notamment sur l'Université Paris Est Créteil",
    titleEn: "Develop ESS research, notably with Université Paris-Est Créteil (UPEC)",
  },
  {
    id: "action-support-networks",
    axis: 2,
    title: "Mettre les projets de l'ESS en lien avec les réseaux d'accompagnateurs du territoire",
    titleEn: "Connect ESS projects with the territory's support networks",
  },
  {
    id: "action-cooperatives",
    axis: 2,
    title: "Promouvoir le modèle des coopératives et l'entreprenariat social",
    titleEn: "Promote cooperatives and social entrepreneurship",
  },
  {
    id: "action-call-for-projects",
    axis: 2,
    title: "Susciter l'émergence d'initiatives solidaires via un appel à projets annuel",
    titleEn: "Bring out solidarity initiatives through an annual call for projects",
    sinceYear: 2016,
    facts: [
      "Initié en 2016, l'appel à projets annuel a permis à 17 structures de l'ESS de bénéficier d'un fonds de soutien à hauteur de 25 000 euros par an.",
      "Projets soutenus : épiceries sociales, espace de coworking, tiers lieux, ateliers d'auto-réparation de vélos dans les quartiers, maraîchage bio, tourisme fluvial solidaire, logistique du dernier kilomètre par triporteur électrique, outils de financement solidaires, entreprise de compostage, supermarché coopératif.",
    ],
  },
  {
    id: "action-real-estate",
    axis: 2,
    title: "Trouver des solutions aux besoins immobiliers des entreprises de l'ESS",
    titleEn: "Find solutions to the real-estate needs of ESS enterprises",
  },
  {
    id: "action-financial-partners",
    axis: 2,
    title: "Optimiser la mobilisation des partenaires financiers",
    titleEn: "Mobilise financial partners better",
  },
  {
    id: "action-individual-support",
    axis: 2,
    title: "Accompagner les porteurs de projet ESS",
    titleEn: "Support ESS project leaders",
    sinceYear: 2019,
    facts: [
      "Depuis 2019, un accompagnement individualisé et gratuit est proposé aux entrepreneurs pilotant des projets à forts impacts environnementaux et sociaux.",
      "Ce soutien sur mesure est réalisé par un prestataire spécialisé qui peut être mobilisé aux différentes étapes du projet, de l'idée au changement d'échelle.",
      "Inscriptions via http://ess.sudestavenir.fr/",
    ],
  },
  {
    id: "action-promotion-events",
    axis: 3,
    title: "Participer ou organiser des évènements de promotion du secteur",
    titleEn: "Take part in or organise events that promote the sector",
  },
  {
    id: "action-communication",
    axis: 3,
    title: "Créer et actualiser des outils de communication",
    titleEn: "Create and update communication tools",
  },
  {
    id: "action-vitrines",
    axis: 3,
    title: "S'appuyer dans chaque ville sur une structure « vitrine de l'ESS »",
    titleEn: 'Rely in each town on a showcase structure, the "vitrine de l\'ESS"',
    facts: ["Une structure existante ou en projet qui serait la « vitrine de l'ESS » au niveau local."],
  },
  {
    id: "action-gpsea-vitrine",
    axis: 3,
    title: "Faire de GPSEA une « vitrine de l'ESS » en tant qu'acheteur public et employeur",
    titleEn: "Make GPSEA itself an ESS showcase as a public buyer and employer",
  },
  {
    id: "action-awareness",
    axis: 3,
    title: "Créer un réseau d'acteurs et sensibiliser le grand public aux enjeux de l'ESS",
    titleEn: "Build a network of actors and raise public awareness of the ESS",
    facts: [
      "Des temps d'information et des ateliers thématiques sont proposés dans le cadre du bassin d'emploi.",
      "Les évènements peuvent être ouverts aux publics selon les thématiques.",
    ],
  },
];

/** Theme codes (reference/src/themes.ts) of the four workshop topics the programme names. */
export const MIEE_WORKSHOP_THEMES = [
  "public-procurement",
  "housing-real-estate",
  "skills-sponsorship",
  "cooperative-entrepreneurship",
] as const;

interface AapEdition {
  year: number;
  envelopeEur?: number;
  patShareEur?: number;
  laureateCount?: number;
  facts?: string[];
  criteria?: string[];
  ceremony?: { date: string; place: string };
  laureatesKnown?: { name: string; kind: string; town?: string }[];
  source: string;
}

/** Known laureates' towns and legal forms, only where the source states them. */
const LAUREATE_DETAILS: Record<string, { id: string; inseeCode?: string; legalForm?: string }> = {
  "Matrimoine (Archéotrucs)": { id: "ess-aap-matrimoine", inseeCode: "94028" },
  Altermarché: { id: "ess-aap-altermarche" },
  "Green Décoration": { id: "ess-aap-green-decoration" },
  Marjolaine: { id: "ess-aap-marjolaine", legalForm: "SIAE_EI" },
};

function sourceOf(edition: AapEdition): Provenance {
  return edition.source.includes("programme-ess-gpsea")
    ? { ...TEXT, sourceRef: `aap-editions.json#${edition.year}` }
    : { source: edition.source, sourceKind: "PUBLIC_PAGE", sourceRef: `aap-editions.json#${edition.year}` };
}

export function loadAapEditions(): AapEdition[] {
  return (JSON.parse(readFileSync(AAP_EDITIONS_PATH, "utf8")) as { editions: AapEdition[] }).editions;
}

export function programmeSpec(editions = loadAapEditions()): GraphSpec {
  const nodes: NodeSpec[] = [];
  const rels: RelSpec[] = [];

  nodes.push({
    label: "Programme",
    props: {
      id: PROGRAMME_ID,
      name: "Programme d'intervention dans le champ de l'ESS",
      annualBudgetEur: 92900,
      budgetNote: "hors frais de personnel et subventions allouées aux associations",
      essJobsSharePct: 6.5,
      essPrivateJobsSharePct: 11,
      essEnterprisesSharePct: 8.6,
      description:
        "Engagé pour le développement d'un territoire inclusif, solidaire, innovant et durable, GPSEA accompagne et soutient de nombreuses initiatives par le biais d'un accompagnement pérenne.",
      ...fromText("Budget annuel consacré à l'ESS; Programme d'intervention"),
    },
  });
  rels.push({ type: "RUNS", from: ref("Territory", GPSEA_EPT_CODE), to: ref("Programme", PROGRAMME_ID), props: TEXT });

  for (const axis of AXES) {
    const id = `axis-${axis.number}`;
    nodes.push({ label: "ProgrammeAxis", props: { id, ...axis, ...fromText(`axe ${axis.number}`) } });
    rels.push({ type: "HAS_AXIS", from: ref("Programme", PROGRAMME_ID), to: ref("ProgrammeAxis", id), props: TEXT });
  }
  for (const action of ACTIONS) {
    nodes.push({
      label: "ProgrammeAction",
      props: {
        id: action.id,
        title: action.title,
        titleEn: action.titleEn,
        sinceYear: action.sinceYear ?? null,
        facts: action.facts ?? [],
        ...fromText(`axe ${action.axis}`),
      },
    });
    rels.push({
      type: "HAS_ACTION",
      from: ref("ProgrammeAxis", `axis-${action.axis}`),
      to: ref("ProgrammeAction", action.id),
      props: TEXT,
    });
  }

  // Institutions the programme names.
  nodes.push(
    {
      label: "ResearchUnit",
      props: {
        id: INSTITUTION_IDS.upec,
        name: "Université Paris-Est Créteil (UPEC)",
        kind: "UNIVERSITY",
        description: "Université partenaire du territoire pour la recherche en ESS.",
        ...fromText("axe 1; Créer un réseau d'acteur"),
      },
    },
    {
      label: "SupportProvider",
      props: {
        id: INSTITUTION_IDS.cress,
        name: "Chambre régionale de l'ESS (CRESS) Île-de-France",
        stagesServed: [],
        isNetwork: true,
        description: "Chambre régionale de l'économie sociale et solidaire.",
        ...fromText("Créer un réseau d'acteur"),
      },
    },
    {
      label: "Financer",
      props: {
        id: INSTITUTION_IDS.region,
        name: "Région Île-de-France",
        kind: "PUBLIC_BODY",
        instruments: [],
        stages: [],
        description: "Collectivité régionale, partenaire des ateliers thématiques ESS.",
        ...fromText("Créer un réseau d'acteur"),
      },
    },
  );

  // Events the programme describes.
  nodes.push(
    {
      label: "Event",
      props: {
        id: EVENT_IDS.top10,
        title: "Top 10 — convention d'affaires ESS et entreprises locales",
        kind: "BUSINESS_CONVENTION",
        description:
          "Convention d'affaires organisée par GPSEA : une dizaine de structures de l'ESS ont rencontré 50 entreprises locales.",
        essParticipantCount: 10,
        businessParticipantCount: 50,
        ...fromText("Développer les relations commerciales"),
      },
    },
    {
      label: "Event",
      props: {
        id: EVENT_IDS.mieeWorkshops,
        title: "Ateliers thématiques ESS à la Maison de l'innovation et de l'entrepreneuriat étudiant de l'UPEC",
        kind: "WORKSHOP",
        place: "Maison de l'innovation et de l'entrepreneuriat étudiant (MIEE), UPEC",
        description:
          "Ateliers organisés avec la Chambre régionale de l'ESS et la Région Île-de-France : marchés réservés aux structures de l'ESS dans le cadre des Jeux Olympiques 2024, offre immobilière adaptée aux acteurs de l'ESS, mécénat de compétences, montage de coopératives éphémères.",
        ...fromText("Créer un réseau d'acteur"),
      },
    },
  );
  rels.push(
    {
      type: "IMPLEMENTS",
      from: ref("Event", EVENT_IDS.top10),
      to: ref("ProgrammeAction", "action-business-relations"),
      props: TEXT,
    },
    {
      type: "IMPLEMENTS",
      from: ref("Event", EVENT_IDS.mieeWorkshops),
      to: ref("ProgrammeAction", "action-awareness"),
      props: TEXT,
    },
    ...MIEE_WORKSHOP_THEMES.map((code) => ({
      type: "HAS_THEME",
      from: ref("Event", EVENT_IDS.mieeWorkshops),
      to: ref("Theme", code),
      props: TEXT,
    })),
    ...[
      ref("ResearchUnit", INSTITUTION_IDS.upec),
      ref("SupportProvider", INSTITUTION_IDS.cress),
      ref("Financer", INSTITUTION_IDS.region),
    ].map((host) => ({
      type: "ATTENDED",
      from: host,
      to: ref("Event", EVENT_IDS.mieeWorkshops),
      props: { role: "ORGANISER", ...TEXT },
    })),
  );

  // Call-for-projects editions and their known laureates.
  for (const edition of editions) {
    const id = `aap-${edition.year}`;
    const provenance = sourceOf(edition);
    nodes.push({
      label: "CallForProjects",
      props: {
        id,
        year: edition.year,
        title: `Appel à projets ESS ${edition.year}`,
        envelopeEur: edition.envelopeEur ?? null,
        patShareEur: edition.patShareEur ?? null,
        laureateCount: edition.laureateCount ?? null,
        criteria: edition.criteria ?? [],
        facts: edition.facts ?? [],
        ceremonyDate: edition.ceremony ? new CalendarDate(edition.ceremony.date) : null,
        ceremonyPlace: edition.ceremony?.place ?? null,
        ...provenance,
      },
    });
    rels.push({
      type: "IMPLEMENTS",
      from: ref("CallForProjects", id),
      to: ref("ProgrammeAction", "action-call-for-projects"),
      props: TEXT,
    });
    for (const laureate of edition.laureatesKnown ?? []) {
      const details = LAUREATE_DETAILS[laureate.name];
      if (!details)
        throw new Error(
          `${AAP_EDITIONS_PATH}: laureate "${laureate.name}" (${edition.year}) has no id in LAUREATE_DETAILS`,
        );
      nodes.push({
        label: "EssStructure",
        props: {
          id: details.id,
          name: laureate.name,
          legalForm: details.legalForm ?? null,
          activity: laureate.kind,
          description: laureate.kind + (laureate.town ? ` (${laureate.town})` : ""),
          isVitrine: false,
          ...provenance,
        },
      });
      rels.push({
        type: "LAUREATE_OF",
        from: ref("EssStructure", details.id),
        to: ref("CallForProjects", id),
        props: { year: edition.year, amountEur: null, ...provenance },
        identity: ["year"],
      });
      if (details.inseeCode) {
        rels.push({
          type: "LOCATED_IN",
          from: ref("EssStructure", details.id),
          to: ref("Town", details.inseeCode),
          props: provenance,
        });
      }
    }
  }
  // The university's seat is in Créteil, as its name says.
  rels.push({
    type: "LOCATED_IN",
    from: ref("ResearchUnit", INSTITUTION_IDS.upec),
    to: ref("Town", "94028"),
    props: fromText("Université Paris-Est Créteil (UPEC)"),
  });
  return { nodes, rels };
}
