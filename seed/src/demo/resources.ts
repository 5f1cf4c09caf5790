/**
 * Resource needs, offers and already-pooled resources. Built so that pooling
 * questions have answers: groups of three or more neighbouring structures with
 * the same need, offers of the same kind nearby, and resources that 2 to 5
 * neighbours already share (some since 2017, some stopped).
 */
import { GeoPoint, ref, type NodeSpec, type RelSpec } from "@maillage/model";
import { distanceKm } from "./geo";
import type { BizOrg, EssOrg } from "./model";
import { existsFrom } from "./model";
import { nearest } from "./organisations";
import type { Rng } from "@maillage/model";
import { RESOURCE_TYPES, resourceType, type ResourceType } from "./resource-types";
import { bizRef, essRef, node, rel, themeRef } from "./spec";
import { RESOURCE_KINDS } from "./vocabulary";

/** Needs several neighbours share: the pooling opportunities of the demo. */
const NEED_CLUSTERS = [
  "van",
  "van",
  "cold-room",
  "pro-kitchen",
  "minibus",
  "fridge-van",
  "dry-storage",
  "meeting-room",
  "cargo-bike",
  "materials-storage",
  "shredder",
] as const;

/** Resources already pooled. */
const SHARED = [
  "van",
  "cold-room",
  "pro-kitchen",
  "meeting-room",
  "dry-storage",
  "shredder",
  "sound-system",
  "minibus",
  "accounting",
  "cleaning",
  "workshop-space",
  "cargo-bike",
  "marquee",
] as const;

export interface NeedRecord {
  id: string;
  ess: EssOrg;
  type: ResourceType;
  status: "OPEN" | "CLOSED";
}

export interface OfferRecord {
  id: string;
  by: { kind: "ess"; org: EssOrg } | { kind: "biz"; org: BizOrg };
  type: ResourceType;
  status: "OPEN" | "CLOSED";
}

export interface ResourcesResult {
  nodes: NodeSpec[];
  rels: RelSpec[];
  needs: NeedRecord[];
  offers: OfferRecord[];
  /** Groups of neighbouring structures with the same need. */
  needGroups: { type: ResourceType; members: EssOrg[] }[];
  shared: { id: string; type: ResourceType; members: EssOrg[] }[];
}

export function generateResources(rng: Rng, ess: readonly EssOrg[], biz: readonly BizOrg[]): ResourcesResult {
  const needs: NeedRecord[] = [];
  const offers: OfferRecord[] = [];
  const needGroups: ResourcesResult["needGroups"] = [];
  const hasNeed = new Set<string>();

  const addNeed = (e: EssOrg, type: ResourceType, status: NeedRecord["status"] = "OPEN") => {
    const key = `${e.id}|${type.key}`;
    if (hasNeed.has(key)) return;
    hasNeed.add(key);
    needs.push({ id: `demo-need-${String(needs.length + 1).padStart(3, "0")}`, ess: e, type, status });
  };
  const offered = new Set<string>();
  const addOffer = (by: OfferRecord["by"], type: ResourceType, status: OfferRecord["status"] = "OPEN") => {
    const key = `${by.org.id}|${type.key}`;
    if (offered.has(key)) return;
    offered.add(key);
    offers.push({ id: `demo-offer-${String(offers.length + 1).padStart(3, "0")}`, by, type, status });
  };

  // 1. Neighbours with the same need, and (often) an offer of it nearby.
  const anchors = new Set<string>();
  for (const key of NEED_CLUSTERS) {
    const type = resourceType(key);
    const likely = ess.filter((e) => e.kind.needs.includes(key) && !anchors.has(e.id) && e.stage !== "IDEA");
    for (let attempt = 0; attempt < 12; attempt++) {
      const anchor = rng.pick(likely.length > 0 ? likely : ess);
      const others = nearest(ess, anchor.point, 8, (e) => e.id === anchor.id || hasNeed.has(`${e.id}|${key}`)).filter(
        (e) => distanceKm(e.point, anchor.point) <= 3,
      );
      const preferred = others.filter((e) => e.kind.needs.includes(key));
      const rest = others.filter((e) => !e.kind.needs.includes(key));
      const members = [anchor, ...[...preferred, ...rest].slice(0, rng.int(2, 4))];
      if (members.length < 3) continue;
      anchors.add(anchor.id);
      for (const m of members) addNeed(m, type);
      needGroups.push({ type, members });
      if (rng.chance(0.75)) {
        const inGroup = new Set(members.map((m) => m.id));
        const offerers = [
          ...biz
            .filter((b) => b.sector.offers.includes(key))
            .map((b) => ({ kind: "biz" as const, org: b, point: b.point })),
          ...ess
            .filter((e) => e.kind.offers.includes(key) && !inGroup.has(e.id))
            .map((e) => ({ kind: "ess" as const, org: e, point: e.point })),
        ];
        const closest = nearest(offerers, anchor.point, 2);
        const pick = closest.length > 0 ? rng.pick(closest) : undefined;
        if (pick) addOffer(pick.kind === "biz" ? { kind: "biz", org: pick.org } : { kind: "ess", org: pick.org }, type);
      }
      break;
    }
  }

  // 2. Everyday needs of each structure.
  for (const e of ess) {
    if (e.kind.needs.length === 0) continue;
    const n = rng.chance(0.5) ? (rng.chance(0.25) ? 2 : 1) : 0;
    for (const key of rng.sample(e.kind.needs, n)) addNeed(e, resourceType(key), rng.chance(0.15) ? "CLOSED" : "OPEN");
  }

  // 3. Offers from businesses and structures.
  for (const b of biz) {
    if (b.sector.offers.length > 0 && rng.chance(0.25)) {
      addOffer({ kind: "biz", org: b }, resourceType(rng.pick(b.sector.offers)), rng.chance(0.1) ? "CLOSED" : "OPEN");
    }
  }
  for (const e of ess) {
    if (e.kind.offers.length > 0 && e.stage !== "IDEA" && rng.chance(0.3)) {
      addOffer({ kind: "ess", org: e }, resourceType(rng.pick(e.kind.offers)), rng.chance(0.1) ? "CLOSED" : "OPEN");
    }
  }

  // 4. Every kind of resource appears among needs and among offers.
  for (const kind of RESOURCE_KINDS) {
    const types = RESOURCE_TYPES.filter((t) => t.kind === kind);
    if (!needs.some((n) => n.type.kind === kind)) {
      const candidates = ess.filter((e) => e.kind.needs.some((k) => types.some((t) => t.key === k)));
      const e = rng.pick(candidates.length > 0 ? candidates : ess);
      const key = e.kind.needs.find((k) => types.some((t) => t.key === k));
      addNeed(e, key ? resourceType(key) : rng.pick(types));
    }
    if (!offers.some((o) => o.type.kind === kind)) {
      const candidates = biz.filter((b) => b.sector.offers.some((k) => types.some((t) => t.key === k)));
      const b = rng.pick(candidates.length > 0 ? candidates : biz);
      const key = b.sector.offers.find((k) => types.some((t) => t.key === k));
      addOffer({ kind: "biz", org: b }, key ? resourceType(key) : rng.pick(types));
    }
  }

  // 5. Resources already pooled by 2 to 5 neighbours.
  const shared: ResourcesResult["shared"] = [];
  const usedAnchors = new Set<string>();
  for (const key of SHARED) {
    const type = resourceType(key);
    const likely = ess.filter(
      (e) =>
        (e.kind.needs.includes(key) || e.kind.offers.includes(key)) && e.stage !== "IDEA" && !usedAnchors.has(e.id),
    );
    const anchor = rng.pick(likely.length > 0 ? likely : ess.filter((e) => e.stage !== "IDEA"));
    usedAnchors.add(anchor.id);
    const others = nearest(ess, anchor.point, rng.int(1, 4), (e) => e.id === anchor.id || e.stage === "IDEA").filter(
      (e) => distanceKm(e.point, anchor.point) <= 3,
    );
    const members = [anchor, ...others];
    if (members.length < 2) continue;
    shared.push({ id: `demo-shared-${String(shared.length + 1).padStart(3, "0")}`, type, members });
  }

  return { ...toSpecs(rng, needs, offers, shared), needs, offers, needGroups, shared };
}

function toSpecs(
  rng: Rng,
  needs: readonly NeedRecord[],
  offers: readonly OfferRecord[],
  shared: ResourcesResult["shared"],
): { nodes: NodeSpec[]; rels: RelSpec[] } {
  const nodes: NodeSpec[] = [];
  const rels: RelSpec[] = [];
  for (const n of needs) {
    nodes.push(
      node("ResourceNeed", {
        id: n.id,
        title: n.type.needTitle,
        kind: n.type.kind,
        description: n.type.needDescription,
        frequency: rng.pick(n.type.frequencies),
        status: n.status,
      }),
    );
    rels.push(rel("HAS_NEED", essRef(n.ess.id), ref("ResourceNeed", n.id)));
    const themes = [...new Set([...n.type.themes, ...n.ess.themes.slice(0, 1)])];
    for (const t of themes) rels.push(rel("HAS_THEME", ref("ResourceNeed", n.id), themeRef(t)));
  }
  for (const o of offers) {
    nodes.push(
      node("ResourceOffer", {
        id: o.id,
        title: o.type.offerTitle,
        kind: o.type.kind,
        description: o.type.offerDescription,
        availability: rng.pick(o.type.availabilities),
        status: o.status,
      }),
    );
    const from = o.by.kind === "ess" ? essRef(o.by.org.id) : bizRef(o.by.org.id);
    rels.push(rel("OFFERS", from, ref("ResourceOffer", o.id)));
  }
  const names = new Map<string, number>();
  for (const s of shared) {
    const anchor = s.members[0] as EssOrg;
    const base = `${s.type.sharedName} (${anchor.town.name})`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    nodes.push(
      node("SharedResource", {
        id: s.id,
        name: seen === 1 ? base : `${base} n° ${seen}`,
        kind: s.type.kind,
        description: `Mis en commun par ${s.members.length} structures voisines, à l'initiative de ${anchor.name} : planning de réservation partagé et frais répartis selon l'usage.`,
        location: new GeoPoint(anchor.point[0], anchor.point[1]),
      }),
    );
    const start = Math.min(2025, Math.max(2017, ...s.members.map(existsFrom)) + rng.int(0, 2));
    s.members.forEach((m, i) => {
      const since = i === 0 ? start : Math.min(2025, start + rng.int(0, 3));
      const leaves = i > 0 && since <= 2022 && rng.chance(0.2);
      rels.push(
        rel("POOLS", essRef(m.id), ref("SharedResource", s.id), {
          since,
          until: leaves ? rng.int(since + 1, 2025) : null,
        }),
      );
    });
  }
  return { nodes, rels };
}
