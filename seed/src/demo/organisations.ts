/**
 * The invented ESS structures and businesses: how many per town, of which
 * kinds, where, founded when, and which one is each town's vitrine.
 */
import { BUSINESS_SECTORS, CSR_COMMITMENTS, type BusinessSector } from "./business-sectors";
import { ESS_KINDS, type EssKind } from "./ess-kinds";
import { distanceKm, randomPointInRing, randomPointNear, type LonLat } from "./geo";
import type { BizOrg, DemoTown, EssOrg } from "./model";
import { ACTIVITY_ZONE_STREETS, NamePool, STREETS, slugify } from "./names";
import type { Rng } from "@maillage/model";
import { STAFF_HEADCOUNT, type Stage, type StaffRange } from "./vocabulary";

/** Structures per town: a floor, then the rest shared by population. */
export const ESS_PER_TOWN_MIN = 3;
export const ESS_SHARED = 120;
export const BUSINESS_PER_TOWN_MIN = 4;
export const BUSINESS_SHARED = 200;

/** Largest-remainder split of `total` by weight. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i < total ? 1 : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out;
}

/** Places in a town around which organisations gather: neighbourhood centres and an activity zone. */
export interface TownPlaces {
  town: DemoTown;
  hubs: LonLat[];
  activityZone: LonLat;
}

export function townPlaces(rng: Rng, towns: readonly DemoTown[], essCounts: readonly number[]): TownPlaces[] {
  return towns.map((town, i) => {
    const n = essCounts[i] ?? 0;
    const hubCount = n >= 12 ? 3 : n >= 6 ? 2 : 1;
    const hubs: LonLat[] = [];
    for (let h = 0; h < hubCount; h++) hubs.push(randomPointInRing(rng, town.ring));
    return { town, hubs, activityZone: randomPointInRing(rng, town.ring) };
  });
}

/** A list of n kinds: each kind once, then drawn by weight. */
function slots<T extends { weight: number }>(rng: Rng, items: readonly T[], n: number): T[] {
  const out: T[] = items.slice(0, n);
  while (out.length < n) out.push(rng.weighted(items, (k) => k.weight));
  return out;
}

/** Distributes typed slots over towns, honouring preferred towns first. */
function assignToTowns<T extends { preferredTowns?: readonly string[] }>(
  rng: Rng,
  items: readonly T[],
  towns: readonly DemoTown[],
  counts: readonly number[],
): T[][] {
  const left = counts.slice();
  const out: T[][] = towns.map(() => []);
  const ordered = [
    ...items.filter((k) => k.preferredTowns && k.preferredTowns.length > 0),
    ...items.filter((k) => !k.preferredTowns || k.preferredTowns.length === 0),
  ];
  const indices = towns.map((_, i) => i);
  for (const item of ordered) {
    const open = indices.filter((i) => (left[i] as number) > 0);
    if (open.length === 0) break;
    const preferred = open.filter((i) => item.preferredTowns?.includes((towns[i] as DemoTown).inseeCode));
    const candidates = preferred.length > 0 ? preferred : open;
    const i = rng.weighted(candidates, (c) => left[c] as number);
    (out[i] as T[]).push(item);
    left[i] = (left[i] as number) - 1;
  }
  return out;
}

function foundedYearFor(rng: Rng, kind: EssKind): number {
  switch (kind.era) {
    case "old":
      return rng.int(1972, 2008);
    case "mid":
      return rng.int(1995, 2018);
    case "new":
      return rng.int(2013, 2025);
  }
}

function stageFor(rng: Rng, foundedYear: number): Stage {
  const age = 2026 - foundedYear;
  if (age <= 1) return "LAUNCH";
  if (age <= 4) return rng.chance(0.2) ? "LAUNCH" : "EARLY";
  if (age <= 12)
    return rng.weighted(["EARLY", "CONSOLIDATION", "SCALING_UP"] as const, (s) =>
      s === "CONSOLIDATION" ? 0.6 : s === "EARLY" ? 0.2 : 0.2,
    );
  return rng.chance(0.3) ? "SCALING_UP" : "CONSOLIDATION";
}

function staffFor(rng: Rng, options: readonly StaffRange[], stage: Stage): StaffRange {
  if (stage === "IDEA") return "00";
  if (stage === "LAUNCH") return options[0] as StaffRange;
  if (stage === "SCALING_UP") return options[options.length - 1] as StaffRange;
  return rng.pick(options);
}

function pointFor(rng: Rng, places: TownPlaces, nearHub: boolean, radiusKm: number, centre?: LonLat): LonLat {
  const ring = places.town.ring;
  if (centre) return randomPointNear(rng, ring, centre, radiusKm);
  if (nearHub) return randomPointNear(rng, ring, rng.pick(places.hubs), radiusKm);
  return randomPointInRing(rng, ring);
}

function postalCodeOf(rng: Rng, town: DemoTown): string {
  if (town.postalCodes.length === 0) throw new Error(`town ${town.inseeCode} has no postal code`);
  return rng.pick(town.postalCodes);
}

/** "de Créteil", "d'Alfortville", "du Plessis-Trévise". */
export function deTown(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  return /^[AEIOUYÉÈÊÎÔÂH]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** "à Créteil", "au Plessis-Trévise". */
export function aTown(name: string): string {
  if (name.startsWith("Le ")) return `au ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** Puts the town's name in a French template, with elision and contraction. */
export function fill(template: string, town: DemoTown): string {
  return template
    .replace(/\bde \{town\}/g, deTown(town.name))
    .replace(/à \{town\}/g, aTown(town.name))
    .replace(/\{town\}/g, town.name);
}

const STAGE_SENTENCES: Record<Stage, readonly string[]> = {
  IDEA: ["Le projet est à l'étude et cherche des partenaires pour se lancer."],
  LAUNCH: ["La structure vient de se créer et cherche ses premiers partenaires.", "Le projet démarre son activité."],
  EARLY: [
    "Après ses premières années, la structure développe son réseau de partenaires.",
    "Une équipe jeune qui consolide son activité.",
  ],
  CONSOLIDATION: [
    "Une structure bien ancrée dans la vie locale.",
    "Elle travaille avec de nombreux partenaires du territoire.",
  ],
  SCALING_UP: [
    "La structure essaime son modèle dans d'autres communes du territoire.",
    "Elle prépare un changement d'échelle.",
  ],
};

/** Generates the ESS structures, town by town. */
export function generateEssStructures(
  rng: Rng,
  names: NamePool,
  places: readonly TownPlaces[],
  counts: readonly number[],
): EssOrg[] {
  const towns = places.map((p) => p.town);
  const total = counts.reduce((a, b) => a + b, 0);
  const byTown = assignToTowns(rng, slots(rng, ESS_KINDS, total), towns, counts);
  const firstOfKind = new Set<string>();
  const out: EssOrg[] = [];
  byTown.forEach((kinds, t) => {
    const place = places[t] as TownPlaces;
    for (const kind of kinds) {
      const isFirst = !firstOfKind.has(kind.key);
      firstOfKind.add(kind.key);
      const legalForm = isFirst ? (kind.legalForms[0] as EssOrg["legalForm"]) : rng.pick(kind.legalForms);
      const idea = kind.era === "new" && !isFirst && rng.chance(0.08);
      const foundedYear = idea ? null : foundedYearFor(rng, kind);
      const stage: Stage = foundedYear === null ? "IDEA" : stageFor(rng, foundedYear);
      const name = `${rng.pick(kind.prefixes)} ${names.take()}`;
      const slug = slugify(name);
      const themes = kind.themes.slice(0, rng.chance(0.3) ? 2 : 3);
      out.push({
        id: "",
        name,
        slug,
        kind,
        town: place.town,
        point: pointFor(rng, place, rng.chance(0.6), 0.6),
        legalForm,
        stage,
        foundedYear,
        staffRange: staffFor(rng, kind.staff, stage),
        themes,
        isVitrine: false,
        website: rng.chance(0.55) ? `https://${slug}.example` : null,
        address: `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
        postalCode: postalCodeOf(rng, place.town),
        description: `${fill(kind.description, place.town)} ${rng.pick(STAGE_SENTENCES[stage])}`,
      });
    }
  });
  out.forEach((e, i) => {
    e.id = `demo-ess-${String(i + 1).padStart(3, "0")}`;
  });
  chooseVitrines(rng, out);
  return out;
}

const STAGE_SCORE: Record<Stage, number> = { IDEA: -3, LAUNCH: -1, EARLY: 0, CONSOLIDATION: 1, SCALING_UP: 1.5 };

/** Exactly one vitrine per town: its most visible established structure. */
function chooseVitrines(rng: Rng, structures: EssOrg[]): void {
  const best = new Map<string, { ess: EssOrg; score: number }>();
  for (const ess of structures) {
    const score = ess.kind.vitrine + STAGE_SCORE[ess.stage] + rng.float() * 0.5;
    const current = best.get(ess.town.inseeCode);
    if (!current || score > current.score) best.set(ess.town.inseeCode, { ess, score });
  }
  for (const { ess } of best.values()) ess.isVitrine = true;
}

/** Generates the local businesses. */
export function generateBusinesses(
  rng: Rng,
  names: NamePool,
  places: readonly TownPlaces[],
  counts: readonly number[],
): BizOrg[] {
  const towns = places.map((p) => p.town);
  const total = counts.reduce((a, b) => a + b, 0);
  const byTown = assignToTowns(rng, slots(rng, BUSINESS_SECTORS, total), towns, counts);
  const out: BizOrg[] = [];
  const firstOfSector = new Set<string>();
  byTown.forEach((sectors, t) => {
    const place = places[t] as TownPlaces;
    for (const sector of sectors) {
      const name = rng.pick(sector.names).replace("{w}", names.take());
      const slug = slugify(name);
      // The first business of a big-employer sector is the territory's largest of its kind.
      const isFirst = !firstOfSector.has(sector.key);
      firstOfSector.add(sector.key);
      const largest = sector.staff[sector.staff.length - 1] as StaffRange;
      const staffRange = isFirst && STAFF_HEADCOUNT[largest] >= 750 ? largest : rng.pick(sector.staff);
      const point = sector.industrial
        ? pointFor(rng, place, false, 0.7, rng.chance(0.8) ? place.activityZone : undefined)
        : pointFor(rng, place, rng.chance(0.6), 0.7);
      const csr = csrFor(rng, sector, staffRange);
      const themes = [
        ...new Set([...sector.themes, ...csr.map((c) => CSR_COMMITMENTS.find((x) => x.text === c)?.theme ?? "")]),
      ]
        .filter((x) => x !== "")
        .slice(0, 4);
      out.push({
        id: "",
        name,
        slug,
        sector,
        town: place.town,
        point,
        staffRange,
        csr,
        themes,
        website: rng.chance(0.7) ? `https://${slug}.example` : null,
        address: `${rng.int(1, 150)} ${rng.pick(sector.industrial ? ACTIVITY_ZONE_STREETS : STREETS)}`,
        postalCode: postalCodeOf(rng, place.town),
        description: fill(sector.description, place.town),
      });
    }
  });
  out.forEach((b, i) => {
    b.id = `demo-biz-${String(i + 1).padStart(3, "0")}`;
  });
  return out;
}

const BIG = new Set<StaffRange>(["21", "22", "31", "32", "41", "42"]);

function csrFor(rng: Rng, sector: BusinessSector, staff: StaffRange): string[] {
  const big = BIG.has(staff);
  if (!big && rng.chance(0.3)) return [];
  const n = big ? rng.int(2, 5) : rng.int(1, 3);
  const related = CSR_COMMITMENTS.filter((c) => sector.themes.includes(c.theme));
  const pool = rng.shuffle(CSR_COMMITMENTS);
  const picked = [...rng.sample(related, 1), ...pool].map((c) => c.text);
  return [...new Set(picked)].slice(0, n);
}

/** The k nearest items to a point, nearest first. */
export function nearest<T extends { point: LonLat }>(
  items: readonly T[],
  point: LonLat,
  k: number,
  exclude?: (t: T) => boolean,
): T[] {
  return items
    .filter((t) => !exclude || !exclude(t))
    .map((t) => ({ t, d: distanceKm(t.point, point) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, k)
    .map((x) => x.t);
}
