/**
 * The illustrative demo population of Maillage: invented ESS structures,
 * businesses, contacts, needs, offers and pooled resources, a few real
 * financers and UPEC labs named under their real names (with invented links),
 * and the links between all of them. Everything is ILLUSTRATIVE.
 *
 * Pure and deterministic: same towns and seed, same graph.
 */
import { GeoPoint, ref, type GraphSpec, type NodeSpec, type RelSpec } from "@maillage/model";
import { THEME_CODES } from "@maillage/reference";
import { contactOwners, generateContacts } from "./contacts";
import { generateEvents } from "./events";
import { randomPointInRing } from "./geo";
import { FINANCERS, RESEARCH_UNITS, SUPPORT_PROVIDERS } from "./institutions";
import type { BizOrg, DemoTown, EssOrg } from "./model";
import { NamePool, slugify } from "./names";
import {
  allocate,
  BUSINESS_PER_TOWN_MIN,
  BUSINESS_SHARED,
  ESS_PER_TOWN_MIN,
  ESS_SHARED,
  generateBusinesses,
  generateEssStructures,
  townPlaces,
} from "./organisations";
import { Rng } from "@maillage/model";
import {
  businessPartnerships,
  essPartnerships,
  fundings,
  memberships,
  purchases,
  research,
  supports,
} from "./relationships";
import { generateResources } from "./resources";
import { bizRef, essRef, node, REAL_INSTITUTION, rel, themeRef, townRef } from "./spec";

export type { DemoTown } from "./model";
export { EXTERNAL } from "./institutions";

export interface DemoOptions {
  /** Seed of the pseudo-random generator (default 2026). */
  seed?: number;
  /** ESS structures shared by population on top of the per-town floor (default ESS_SHARED); larger for generated territories. */
  essShared?: number;
  /** Businesses shared by population on top of the per-town floor (default BUSINESS_SHARED). */
  businessShared?: number;
}

export const DEFAULT_SEED = 2026;

/** A generator per concern, so that changing one concern does not reshuffle the others. */
function stream(seed: number, name: string): Rng {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return new Rng(Math.imul(h ^ (seed >>> 0), 0x9e3779b1) >>> 0);
}

function validate(towns: readonly DemoTown[]): void {
  if (towns.length === 0) throw new Error("generateDemo: no town given");
  const codes = new Set<string>();
  for (const t of towns) {
    if (codes.has(t.inseeCode)) throw new Error(`generateDemo: town ${t.inseeCode} given twice`);
    codes.add(t.inseeCode);
    if (!Array.isArray(t.ring) || t.ring.length < 4)
      throw new Error(`generateDemo: town ${t.inseeCode} (${t.name}) has no boundary ring`);
    if (t.postalCodes.length === 0) throw new Error(`generateDemo: town ${t.inseeCode} (${t.name}) has no postal code`);
  }
}

function point(p: readonly [number, number]): GeoPoint {
  return new GeoPoint(p[0], p[1]);
}

function essNode(e: EssOrg): NodeSpec {
  return node("EssStructure", {
    id: e.id,
    name: e.name,
    legalForm: e.legalForm,
    nafCode: e.kind.nafCode,
    activity: e.kind.activity,
    projectKind: e.kind.projectKind,
    stage: e.stage,
    staffRange: e.staffRange,
    foundedYear: e.foundedYear,
    address: e.address,
    postalCode: e.postalCode,
    location: point(e.point),
    website: e.website,
    description: e.description,
    isVitrine: e.isVitrine,
  });
}

function bizNode(b: BizOrg): NodeSpec {
  return node("Business", {
    id: b.id,
    name: b.name,
    nafCode: b.sector.nafCode,
    activity: b.sector.activity,
    staffRange: b.staffRange,
    csrCommitments: b.csr,
    address: b.address,
    postalCode: b.postalCode,
    location: point(b.point),
    website: b.website,
    description: b.description,
  });
}

export function generateDemo(towns: DemoTown[], options: DemoOptions = {}): GraphSpec {
  validate(towns);
  const seed = options.seed ?? DEFAULT_SEED;
  const sorted = [...towns].sort((a, b) => a.inseeCode.localeCompare(b.inseeCode));
  const populations = sorted.map((t) => Math.max(0, t.population));
  const essCounts = allocate(options.essShared ?? ESS_SHARED, populations).map((n) => n + ESS_PER_TOWN_MIN);
  const bizCounts = allocate(options.businessShared ?? BUSINESS_SHARED, populations).map(
    (n) => n + BUSINESS_PER_TOWN_MIN,
  );

  const placesRng = stream(seed, "places");
  const places = townPlaces(placesRng, sorted, essCounts);
  const names = new NamePool(stream(seed, "names"));
  const ess = generateEssStructures(stream(seed, "ess"), names, places, essCounts);
  const biz = generateBusinesses(stream(seed, "businesses"), names, places, bizCounts);
  const townByCode = new Map(sorted.map((t) => [t.inseeCode, t]));

  const nodes: NodeSpec[] = [];
  const rels: RelSpec[] = [];

  // Organisations, their town and their themes.
  for (const e of ess) {
    nodes.push(essNode(e));
    rels.push(rel("LOCATED_IN", essRef(e.id), townRef(e.town.inseeCode)));
    for (const t of e.themes) rels.push(rel("HAS_THEME", essRef(e.id), themeRef(t)));
  }
  for (const b of biz) {
    nodes.push(bizNode(b));
    rels.push(rel("LOCATED_IN", bizRef(b.id), townRef(b.town.inseeCode)));
    for (const t of b.themes) rels.push(rel("HAS_THEME", bizRef(b.id), themeRef(t)));
  }
  const locate = (code: string | undefined): GeoPoint | undefined => {
    const town = code ? townByCode.get(code) : undefined;
    return town ? point(randomPointInRing(placesRng, town.ring)) : undefined;
  };
  for (const f of FINANCERS) {
    nodes.push(
      node(
        "Financer",
        {
          id: f.id,
          name: f.name,
          kind: f.kind,
          instruments: f.instruments,
          ticketMinEur: f.ticketMinEur,
          ticketMaxEur: f.ticketMaxEur,
          stages: f.stages,
          location: f.real ? undefined : locate(f.townCode),
          website: f.real ? null : `https://${slugify(f.name)}.example`,
          description: f.description,
        },
        f.real ? REAL_INSTITUTION : undefined,
      ),
    );
    for (const t of f.themes) rels.push(rel("HAS_THEME", ref("Financer", f.id), themeRef(t)));
  }
  for (const s of SUPPORT_PROVIDERS) {
    nodes.push(
      node("SupportProvider", {
        id: s.id,
        name: s.name,
        stagesServed: s.stagesServed,
        isNetwork: s.isNetwork,
        location: locate(s.townCode),
        website: `https://${s.slug}.example`,
        description: s.description,
      }),
    );
    for (const t of s.themes) rels.push(rel("HAS_THEME", ref("SupportProvider", s.id), themeRef(t)));
  }
  for (const u of RESEARCH_UNITS) {
    nodes.push(
      node(
        "ResearchUnit",
        {
          id: u.id,
          name: u.name,
          kind: u.kind,
          startYear: u.startYear,
          endYear: u.endYear,
          website: null,
          description: u.description,
        },
        u.real ? REAL_INSTITUTION : undefined,
      ),
    );
    for (const t of u.themes) rels.push(rel("HAS_THEME", ref("ResearchUnit", u.id), themeRef(t)));
    // A laboratory in one of the territory's towns is placed there (at the town's centre); a project at its laboratory's.
    const town = u.townCode ?? RESEARCH_UNITS.find((lab) => lab.id === u.partOf)?.townCode;
    if (town && townByCode.has(town)) rels.push(rel("LOCATED_IN", ref("ResearchUnit", u.id), townRef(town)));
  }

  // Resources, links, events, contacts.
  const resources = generateResources(stream(seed, "resources"), ess, biz);
  nodes.push(...resources.nodes);
  rels.push(...resources.rels);

  const links = stream(seed, "links");
  rels.push(...essPartnerships(links, ess));
  rels.push(...businessPartnerships(links, ess, biz));
  rels.push(...purchases(links, ess, biz));
  rels.push(...fundings(stream(seed, "funding"), ess, FINANCERS));
  rels.push(...supports(stream(seed, "support"), ess, SUPPORT_PROVIDERS));
  rels.push(...memberships(stream(seed, "membership"), ess, SUPPORT_PROVIDERS));
  rels.push(...research(stream(seed, "research"), ess, RESEARCH_UNITS));

  const events = generateEvents(stream(seed, "events"), sorted, ess, biz, SUPPORT_PROVIDERS, RESEARCH_UNITS);
  nodes.push(...events.nodes);
  rels.push(...events.rels);

  const contactsRng = stream(seed, "contacts");
  const owners = contactOwners(contactsRng, ess, biz, {
    support: SUPPORT_PROVIDERS.map((s) => ({ id: s.id, slug: s.slug })),
    financers: FINANCERS.filter((f) => !f.real).map((f) => ({ id: f.id, slug: slugify(f.name) })),
  });
  const contacts = generateContacts(contactsRng, owners);
  nodes.push(...contacts.nodes);
  rels.push(...contacts.rels);

  for (const r of rels) {
    if (r.to.label === "Theme" && !THEME_CODES.has(r.to.key))
      throw new Error(`generateDemo: unknown theme "${r.to.key}"`);
  }
  return { nodes, rels };
}
