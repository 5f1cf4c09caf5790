/**
 * Illustrative events (workshops, information sessions, meetings) held in the
 * territory between 2019 and 2026, and who attended them; plus attendance at
 * two events the programme module creates: the "Top 10" business convention
 * (ten ESS structures, fifty businesses) and the workshops at UPEC's student
 * innovation and entrepreneurship centre.
 */
import { CalendarDate, ref, type NodeSpec, type RelSpec } from "@maillage/model";
import { distanceKm } from "./geo";
import { EXTERNAL } from "./institutions";
import { existsFrom, type BizOrg, type DemoTown, type EssOrg, type ResearchDef, type SupportDef } from "./model";
import type { Rng } from "@maillage/model";
import { bizRef, essRef, node, rel, themeRef, townRef } from "./spec";
import { STAFF_HEADCOUNT, type AttendanceRole, type EventKind } from "./vocabulary";

interface EventDef {
  title: string;
  kind: EventKind;
  date: string;
  townCode: string;
  themes: string[];
  description: string;
  /** Organiser among the demo's support providers, or the CRESS (by reference). */
  organiser: string;
  /** Research unit speaking, if any. */
  speaker?: string;
  /** How many businesses come. */
  businesses: [number, number];
}

const EVENTS: readonly EventDef[] = [
  {
    title: "Réunion d'information : se faire accompagner pour créer un projet d'ESS",
    kind: "INFORMATION_SESSION",
    date: "2019-03-14",
    townCode: "94028",
    themes: ["cooperative-entrepreneurship"],
    organiser: "sup-incubateur-germelle",
    businesses: [0, 2],
    description: "Présentation des accompagnements disponibles sur le territoire, de l'idée à la création.",
  },
  {
    title: "Atelier : mutualiser un véhicule utilitaire",
    kind: "WORKSHOP",
    date: "2019-06-20",
    townCode: "94011",
    themes: ["last-mile-logistics", "mobility-cycling"],
    organiser: "sup-plateforme-brivelle",
    speaker: "res-proj-mutualisation",
    businesses: [2, 5],
    description:
      "Des structures qui ont besoin d'un véhicule quelques jours par semaine comparent leurs besoins et les solutions de partage.",
  },
  {
    title: "Atelier : dons d'invendus et lutte contre le gaspillage alimentaire",
    kind: "WORKSHOP",
    date: "2020-10-08",
    townCode: "94071",
    themes: ["food-aid", "sustainable-food"],
    organiser: "sup-reseau-potagelle",
    businesses: [3, 7],
    description: "Commerces, restaurants et épiceries solidaires organisent la collecte des invendus.",
  },
  {
    title: "Atelier : trouver des locaux adaptés aux acteurs de l'ESS",
    kind: "WORKSHOP",
    date: "2021-05-27",
    townCode: "94002",
    themes: ["housing-real-estate", "third-places"],
    organiser: "sup-immobilier-pierrevive",
    speaker: "res-laburba",
    businesses: [2, 4],
    description:
      "Bailleurs, agences immobilières et structures de l'ESS échangent sur l'occupation temporaire et les baux adaptés.",
  },
  {
    title: "Réunion d'information : marchés réservés et achats des grands événements sportifs",
    kind: "INFORMATION_SESSION",
    date: "2022-03-17",
    townCode: "94028",
    themes: ["public-procurement", "work-integration"],
    organiser: EXTERNAL.cress,
    businesses: [4, 8],
    description:
      "Comment répondre aux marchés réservés aux structures d'insertion, aux entreprises adaptées et à l'ESS.",
  },
  {
    title: "Rencontre des tiers-lieux du territoire",
    kind: "OTHER",
    date: "2022-11-15",
    townCode: "94044",
    themes: ["third-places", "social-link"],
    organiser: "sup-collectif-essaimelle",
    speaker: "res-proj-tiers-lieux",
    businesses: [0, 3],
    description: "Visite d'un tiers-lieu et échanges entre lieux partagés sur leurs modèles économiques.",
  },
  {
    title: "Atelier : le mécénat de compétences entre entreprises et associations",
    kind: "WORKSHOP",
    date: "2023-04-13",
    townCode: "94059",
    themes: ["skills-sponsorship"],
    organiser: "sup-accelerateur-voltigelle",
    speaker: "res-proj-cooperations",
    businesses: [6, 10],
    description: "Des entreprises présentent leurs politiques de RSE et des associations leurs besoins en compétences.",
  },
  {
    title: "Atelier : les coopératives éphémères de jeunes",
    kind: "WORKSHOP",
    date: "2024-02-08",
    townCode: "94004",
    themes: ["cooperative-entrepreneurship", "education-youth"],
    organiser: "sup-reseau-tressalis",
    businesses: [1, 4],
    description: "Retours d'expérience de coopératives d'été créées par des jeunes du territoire.",
  },
  {
    title: "Fête des jardins et du compost",
    kind: "OTHER",
    date: "2024-09-21",
    townCode: "94047",
    themes: ["market-gardening", "waste-composting"],
    organiser: "sup-reseau-potagelle",
    speaker: "res-proj-alimentation",
    businesses: [1, 3],
    description: "Portes ouvertes des jardins, démonstrations de compostage et marché de producteurs.",
  },
  {
    title: "Session d'information : financer son projet par la finance solidaire",
    kind: "INFORMATION_SESSION",
    date: "2025-06-12",
    townCode: "94075",
    themes: ["solidarity-finance"],
    organiser: "sup-couveuse-nichelune",
    speaker: "res-proj-finance",
    businesses: [0, 2],
    description:
      "Prêts d'honneur, garanties, épargne citoyenne et financement participatif présentés aux porteurs de projet.",
  },
  {
    title: "Atelier : la logistique du dernier kilomètre à vélo",
    kind: "WORKSHOP",
    date: "2026-01-22",
    townCode: "94019",
    themes: ["last-mile-logistics", "mobility-cycling"],
    organiser: "sup-accelerateur-voltigelle",
    businesses: [3, 6],
    description: "Commerçants et coopératives de livraison à vélo étudient des tournées communes.",
  },
];

function sharedCount(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

function attend(from: RelSpec["from"], eventId: string, role: AttendanceRole): RelSpec {
  return rel("ATTENDED", from, ref("Event", eventId), { role });
}

export function generateEvents(
  rng: Rng,
  towns: readonly DemoTown[],
  ess: readonly EssOrg[],
  biz: readonly BizOrg[],
  providers: readonly SupportDef[],
  units: readonly ResearchDef[],
): { nodes: NodeSpec[]; rels: RelSpec[]; top10: { ess: EssOrg[]; biz: BizOrg[] } } {
  const nodes: NodeSpec[] = [];
  const rels: RelSpec[] = [];
  const providerIds = new Set(providers.map((p) => p.id));
  const unitIds = new Set(units.map((u) => u.id));
  const townByCode = new Map(towns.map((t) => [t.inseeCode, t]));

  EVENTS.forEach((def, i) => {
    const town = townByCode.get(def.townCode) ?? (towns[i % towns.length] as DemoTown);
    const id = `demo-event-${String(i + 1).padStart(3, "0")}`;
    const year = Number(def.date.slice(0, 4));
    const existing = ess.filter((e) => existsFrom(e) <= year);
    const centre =
      existing.find((e) => e.town.inseeCode === town.inseeCode && e.isVitrine) ??
      existing.find((e) => e.town.inseeCode === town.inseeCode);
    const participants = new Set<EssOrg>();
    const wanted = rng.int(6, 14);
    const near = (e: EssOrg) => (centre ? Math.exp(-distanceKm(e.point, centre.point) / 5) : 1);
    for (let guard = 0; participants.size < Math.min(wanted, existing.length) && guard < 500; guard++) {
      participants.add(
        rng.weighted(existing, (e) =>
          participants.has(e) || e === centre ? 0 : (0.2 + sharedCount(def.themes, e.themes)) * near(e),
        ),
      );
    }
    const businesses = new Set<BizOrg>();
    const wantedBiz = rng.int(def.businesses[0], def.businesses[1]);
    for (let guard = 0; businesses.size < wantedBiz && guard < 500; guard++) {
      businesses.add(
        rng.weighted(biz, (b) =>
          businesses.has(b) ? 0 : 0.3 + sharedCount(def.themes, b.themes) + b.csr.length * 0.2,
        ),
      );
    }
    const essCount = participants.size + (centre ? 1 : 0);
    nodes.push(
      node("Event", {
        id,
        title: def.title,
        kind: def.kind,
        date: new CalendarDate(def.date),
        year,
        place: centre ? `${centre.name}, ${town.name}` : town.name,
        description: def.description,
        essParticipantCount: essCount,
        businessParticipantCount: businesses.size,
      }),
    );
    rels.push(rel("HELD_IN", ref("Event", id), townRef(town.inseeCode)));
    for (const t of def.themes) rels.push(rel("HAS_THEME", ref("Event", id), themeRef(t)));
    if (def.organiser === EXTERNAL.cress || providerIds.has(def.organiser)) {
      rels.push(attend(ref("SupportProvider", def.organiser), id, "ORGANISER"));
    }
    if (def.speaker && unitIds.has(def.speaker)) rels.push(attend(ref("ResearchUnit", def.speaker), id, "SPEAKER"));
    if (centre) rels.push(attend(essRef(centre.id), id, "ORGANISER"));
    for (const e of participants) rels.push(attend(essRef(e.id), id, rng.chance(0.1) ? "SPEAKER" : "PARTICIPANT"));
    for (const b of businesses) rels.push(attend(bizRef(b.id), id, "PARTICIPANT"));
  });

  // The "Top 10" business convention: ten ESS structures that sell to businesses, fifty businesses.
  const sellers = ess.filter((e) => e.kind.sells.length > 0 && e.stage !== "IDEA");
  const top10Ess = pickDistinct(
    rng,
    sellers.length >= 10 ? sellers : ess,
    10,
    (e) => 1 + e.kind.sells.length + (e.isVitrine ? 1 : 0),
  );
  const top10Biz = pickDistinct(rng, biz, 50, (b) => 1 + Math.log1p(STAFF_HEADCOUNT[b.staffRange]) + b.csr.length);
  for (const e of top10Ess) rels.push(attend(essRef(e.id), EXTERNAL.top10, "PARTICIPANT"));
  for (const b of top10Biz) rels.push(attend(bizRef(b.id), EXTERNAL.top10, "PARTICIPANT"));

  // Workshops at UPEC's student innovation and entrepreneurship centre: young projects.
  const young = ess.filter((e) => e.stage === "IDEA" || e.stage === "LAUNCH" || e.stage === "EARLY");
  for (const e of pickDistinct(rng, young.length >= 12 ? young : ess, 12, () => 1)) {
    rels.push(attend(essRef(e.id), EXTERNAL.mieeWorkshops, "PARTICIPANT"));
  }
  if (providerIds.has("sup-incubateur-germelle"))
    rels.push(attend(ref("SupportProvider", "sup-incubateur-germelle"), EXTERNAL.mieeWorkshops, "SPEAKER"));

  return { nodes, rels, top10: { ess: top10Ess, biz: top10Biz } };
}

function pickDistinct<T>(rng: Rng, items: readonly T[], n: number, weight: (t: T) => number): T[] {
  const picked = new Set<T>();
  for (let guard = 0; picked.size < Math.min(n, items.length) && guard < 10000; guard++) {
    picked.add(rng.weighted(items, (t) => (picked.has(t) ? 0 : weight(t))));
  }
  return [...picked];
}
