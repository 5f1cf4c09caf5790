/**
 * Links between the demo organisations: partnerships (denser between
 * neighbours, with shared partners), purchases of businesses from ESS
 * structures, fundings, support, memberships and research. Dated facts fall
 * between 2016 and 2026 so that the network can be compared across years.
 */
import { ref, type RelSpec } from "@maillage/model";
import { THEMES } from "@maillage/reference";
import { distanceKm } from "./geo";
import { EXTERNAL, REGION_AS_FUNDER } from "./institutions";
import { existsFrom, type BizOrg, type EssOrg, type FinancerDef, type ResearchDef, type SupportDef } from "./model";
import type { Rng } from "@maillage/model";
import { PURCHASES, type PurchaseCategory } from "./resource-types";
import { bizRef, essRef, rel } from "./spec";
import { FIRST_YEAR, LAST_YEAR, STAFF_HEADCOUNT, type PartnershipKind, type Stage } from "./vocabulary";

const labelOf = new Map(THEMES.map((t) => [t.code, t.labelFr]));

function sharedCount(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** Last year both exist, from which a link between them can start. */
function startYear(...years: number[]): number {
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, ...years));
}

function sinceUntil(rng: Rng, from: number, endedChance: number): { since: number; until: number | null } {
  const since = rng.int(from, Math.max(from, 2025));
  const ended = since <= 2023 && rng.chance(endedChance);
  return { since, until: ended ? rng.int(since + 1, 2025) : null };
}

// ---------------------------------------------------------------------------
// Partnerships
// ---------------------------------------------------------------------------

function essPairDescription(rng: Rng, kind: PartnershipKind, a: EssOrg, b: EssOrg): string {
  const common = a.themes.filter((t) => b.themes.includes(t));
  switch (kind) {
    case "CO_PROJECT": {
      const theme = common.length > 0 ? rng.pick(common) : undefined;
      return theme
        ? `Projet commun : ${(labelOf.get(theme) ?? theme).toLowerCase()}`
        : rng.pick([
            "Animation commune d'un quartier",
            "Organisation commune d'une fête de l'ESS",
            "Accueil croisé de publics",
          ]);
    }
    case "COMMERCIAL":
      return rng.pick([
        "Échange de prestations entre les deux structures",
        "Achats de l'une auprès de l'autre",
        "Sous-traitance d'une partie de l'activité",
      ]);
    case "SKILLS_SPONSORSHIP":
      return rng.pick([
        "Appui de salariés en gestion et en communication",
        "Partage de compétences techniques entre équipes",
      ]);
    case "SPONSORSHIP":
      return "Soutien financier à un projet de l'autre structure";
  }
}

function essPairKind(rng: Rng, a: EssOrg, b: EssOrg): PartnershipKind {
  const sells = a.kind.sells.length > 0 || b.kind.sells.length > 0;
  const sponsor = ["FOUNDATION", "MUTUAL"].includes(a.legalForm) || ["FOUNDATION", "MUTUAL"].includes(b.legalForm);
  return rng.weighted(["CO_PROJECT", "COMMERCIAL", "SKILLS_SPONSORSHIP", "SPONSORSHIP"] as const, (k) =>
    k === "CO_PROJECT"
      ? 0.55
      : k === "COMMERCIAL"
        ? sells
          ? 0.3
          : 0.08
        : k === "SKILLS_SPONSORSHIP"
          ? 0.1
          : sponsor
            ? 0.2
            : 0.02,
  );
}

/** PARTNERS_WITH between ESS structures: more between neighbours and structures sharing themes, with triangles. */
export function essPartnerships(rng: Rng, ess: readonly EssOrg[]): RelSpec[] {
  const pairs = new Map<string, [EssOrg, EssOrg]>();
  const partners = new Map<string, Set<string>>(ess.map((e) => [e.id, new Set<string>()]));
  const byId = new Map(ess.map((e) => [e.id, e]));
  const link = (a: EssOrg, b: EssOrg) => {
    if (a.id === b.id) return;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const key = `${x.id}|${y.id}`;
    if (pairs.has(key)) return;
    pairs.set(key, [x, y]);
    partners.get(x.id)?.add(y.id);
    partners.get(y.id)?.add(x.id);
  };
  // Established structures have had time to build partnerships; new ones fewer.
  const maturity = (e: EssOrg) => Math.min(1, Math.max(0.1, (LAST_YEAR - existsFrom(e)) / 6));
  for (const a of ess) {
    const draws = a.isVitrine
      ? rng.int(3, 5)
      : a.stage === "IDEA"
        ? rng.int(0, 1)
        : a.stage === "LAUNCH"
          ? rng.int(0, 2)
          : rng.int(0, 3);
    for (let d = 0; d < draws; d++) {
      const b = rng.weighted(ess, (c) =>
        c.id === a.id
          ? 0
          : maturity(c) *
            (Math.exp(-distanceKm(a.point, c.point) / 1.5) * (1 + 1.5 * sharedCount(a.themes, c.themes)) + 0.01),
      );
      link(a, b);
    }
  }
  // Triadic closure: partners of a partner often become partners.
  for (const e of ess) {
    const list = [...(partners.get(e.id) ?? [])].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = byId.get(list[i] as string) as EssOrg;
        const b = byId.get(list[j] as string) as EssOrg;
        if (rng.chance(0.25 * Math.exp(-distanceKm(a.point, b.point) / 3))) link(a, b);
      }
    }
  }
  const rels: RelSpec[] = [];
  for (const [a, b] of pairs.values()) {
    const kinds = new Set<PartnershipKind>([essPairKind(rng, a, b)]);
    if (rng.chance(0.08)) kinds.add(essPairKind(rng, a, b));
    for (const kind of kinds) {
      const { since, until } = sinceUntil(rng, startYear(existsFrom(a), existsFrom(b)), 0.12);
      rels.push(
        rel(
          "PARTNERS_WITH",
          essRef(a.id),
          essRef(b.id),
          { kind, since, until, description: essPairDescription(rng, kind, a, b) },
          ["kind"],
        ),
      );
    }
  }
  return rels;
}

/** PARTNERS_WITH from ESS structures to businesses, following the businesses' CSR commitments. */
export function businessPartnerships(rng: Rng, ess: readonly EssOrg[], biz: readonly BizOrg[]): RelSpec[] {
  const rels: RelSpec[] = [];
  const candidates = ess.filter((e) => e.stage !== "IDEA");
  for (const b of biz) {
    const big = STAFF_HEADCOUNT[b.staffRange] >= 75;
    if (!rng.chance(b.csr.length > 0 ? (big ? 0.8 : 0.45) : 0.12)) continue;
    const count = big ? rng.int(1, 3) : rng.int(1, 2);
    const chosen = new Set<EssOrg>();
    for (let i = 0; i < count; i++) {
      chosen.add(
        rng.weighted(candidates, (e) => {
          const buys = e.kind.sells.some((s) => b.sector.buys.includes(s)) ? 2 : 0;
          return Math.exp(-distanceKm(e.point, b.point) / 2.5) * (1 + buys + sharedCount(e.themes, b.themes)) + 0.005;
        }),
      );
    }
    for (const e of chosen) {
      const sellsToIt = e.kind.sells.some((s) => b.sector.buys.includes(s));
      const options: PartnershipKind[] = [];
      if (b.csr.includes("mécénat de compétences")) options.push("SKILLS_SPONSORSHIP");
      if (b.csr.includes("mécénat financier")) options.push("SPONSORSHIP");
      if (sellsToIt) options.push("COMMERCIAL");
      options.push("CO_PROJECT");
      const kind = rng.pick(options);
      const { since, until } = sinceUntil(rng, startYear(existsFrom(e)), 0.1);
      const description =
        kind === "SKILLS_SPONSORSHIP"
          ? rng.pick([
              "Des salariés de l'entreprise donnent des heures en gestion et en informatique",
              "Mécénat de compétences : communication et recrutement",
            ])
          : kind === "SPONSORSHIP"
            ? rng.pick(["Mécénat financier pour un projet de la structure", "Don annuel et prêt de matériel"])
            : kind === "COMMERCIAL"
              ? "Prestations régulières de la structure pour l'entreprise"
              : rng.pick([
                  "Accueil de salariés en parcours d'insertion pour des stages",
                  "Événement commun pour les habitants",
                  "Collecte solidaire auprès des salariés",
                ]);
      rels.push(rel("PARTNERS_WITH", essRef(e.id), bizRef(b.id), { kind, since, until, description }, ["kind"]));
    }
  }
  return rels;
}

// ---------------------------------------------------------------------------
// Purchases
// ---------------------------------------------------------------------------

/** PURCHASES_FROM: businesses buying what ESS structures sell, mostly nearby. */
export function purchases(rng: Rng, ess: readonly EssOrg[], biz: readonly BizOrg[]): RelSpec[] {
  const rels: RelSpec[] = [];
  const sellers = ess.filter((e) => e.stage !== "IDEA" && e.kind.sells.length > 0);
  for (const b of biz) {
    const headcount = STAFF_HEADCOUNT[b.staffRange];
    const p =
      0.2 +
      (b.csr.includes("achats auprès de l'ESS") ? 0.35 : 0) +
      (headcount >= 75 ? 0.3 : 0) +
      (b.csr.length > 0 ? 0.1 : 0);
    if (!rng.chance(Math.min(0.95, p))) continue;
    const categories = rng.sample(
      b.sector.buys.filter((c) => sellers.some((e) => e.kind.sells.includes(c))),
      headcount >= 75 ? rng.int(1, 3) : rng.int(1, 2),
    );
    const seen = new Set<string>();
    for (const category of categories) {
      const offering = sellers.filter((e) => e.kind.sells.includes(category) && !seen.has(e.id));
      if (offering.length === 0) continue;
      const seller = rng.weighted(offering, (e) => Math.exp(-distanceKm(e.point, b.point) / 2.5) + 0.01);
      seen.add(seller.id);
      const { since, until } = sinceUntil(rng, startYear(existsFrom(seller)), 0.1);
      rels.push(
        rel("PURCHASES_FROM", bizRef(b.id), essRef(seller.id), {
          description: rng.pick(PURCHASES[category as PurchaseCategory]),
          annualAmountEur:
            Math.round(Math.min(150000, Math.max(500, 400 + headcount * rng.between(30, 150))) / 100) * 100,
          since,
          until,
        }),
      );
    }
  }
  return rels;
}

// ---------------------------------------------------------------------------
// Funding
// ---------------------------------------------------------------------------

/** FUNDS from every financer (including the Région, by reference) to structures that fit its themes and stages. */
export function fundings(rng: Rng, ess: readonly EssOrg[], financers: readonly FinancerDef[]): RelSpec[] {
  const rels: RelSpec[] = [];
  for (const f of [...financers, REGION_AS_FUNDER]) {
    const eligible = ess.filter((e) => (e.stage === "IDEA" ? f.stages.includes("IDEA") : true));
    const picked = new Set<EssOrg>();
    for (let guard = 0; picked.size < Math.min(f.fundedCount, eligible.length) && guard < 500; guard++) {
      picked.add(
        rng.weighted(eligible, (e) =>
          picked.has(e) ? 0 : (1 + 2 * sharedCount(f.themes, e.themes)) * (f.stages.includes(e.stage) ? 1 : 0.15),
        ),
      );
    }
    for (const e of picked) {
      const first = startYear(f.firstYear, existsFrom(e));
      const years = [];
      for (let y = first; y <= LAST_YEAR; y++) years.push(y);
      const n = rng.chance(0.05) ? 3 : rng.chance(0.25) ? 2 : 1;
      for (const year of rng.sample(years, n).sort((a, b) => a - b)) {
        const r = rng.float();
        const amount = f.ticketMinEur + (f.ticketMaxEur - f.ticketMinEur) * r * r;
        rels.push(
          rel(
            "FUNDS",
            ref("Financer", f.id),
            essRef(e.id),
            { amountEur: Math.round(amount / 500) * 500, year, instrument: rng.pick(f.instruments) },
            ["year"],
          ),
        );
      }
    }
  }
  return rels;
}

// ---------------------------------------------------------------------------
// Support and membership
// ---------------------------------------------------------------------------

/** Stage of a structure in a given year, from its founding year and its stage today. */
export function stageAt(e: EssOrg, year: number): Stage {
  if (e.foundedYear === null || year < e.foundedYear) return "IDEA";
  const age = year - e.foundedYear;
  if (age === 0) return "LAUNCH";
  if (age <= 3) return "EARLY";
  if (e.stage === "SCALING_UP" && year >= 2022) return "SCALING_UP";
  return "CONSOLIDATION";
}

/** SUPPORTS from providers (not networks) to structures at the stages they serve. */
export function supports(rng: Rng, ess: readonly EssOrg[], providers: readonly SupportDef[]): RelSpec[] {
  const rels: RelSpec[] = [];
  for (const p of providers.filter((x) => !x.isNetwork)) {
    const options = ess
      .map((e) => {
        const years: number[] = [];
        const from = Math.max(p.firstYear, FIRST_YEAR, (e.foundedYear ?? 2025) - 1);
        for (let y = from; y <= LAST_YEAR; y++) if (p.stagesServed.includes(stageAt(e, y))) years.push(y);
        return { e, years };
      })
      .filter((o) => o.years.length > 0);
    const picked = new Set<(typeof options)[number]>();
    for (let guard = 0; picked.size < Math.min(p.reach, options.length) && guard < 500; guard++) {
      picked.add(rng.weighted(options, (o) => (picked.has(o) ? 0 : 1 + 2 * sharedCount(p.themes, o.e.themes))));
    }
    for (const { e, years } of picked) {
      const since = rng.pick(years);
      // Incubation lasts a year or two; longer support may go on.
      const short = p.stagesServed.includes("IDEA") || p.stagesServed.includes("LAUNCH");
      const until = since <= 2024 && (short || rng.chance(0.5)) ? Math.min(LAST_YEAR, since + rng.int(1, 2)) : null;
      rels.push(
        rel("SUPPORTS", ref("SupportProvider", p.id), essRef(e.id), { since, until, stage: stageAt(e, since) }),
      );
    }
  }
  return rels;
}

/** MEMBER_OF: the regional chamber (CRESS, by reference) and the demo's networks. */
export function memberships(rng: Rng, ess: readonly EssOrg[], providers: readonly SupportDef[]): RelSpec[] {
  const rels: RelSpec[] = [];
  for (const e of ess) {
    if (e.stage === "IDEA") continue;
    if (rng.chance(e.isVitrine ? 0.85 : 0.4)) {
      const { since, until } = sinceUntil(rng, startYear(existsFrom(e)), 0.05);
      rels.push(rel("MEMBER_OF", essRef(e.id), ref("SupportProvider", EXTERNAL.cress), { since, until }));
    }
    for (const p of providers) {
      if (!p.isNetwork || !p.joins?.(e) || !rng.chance(0.6)) continue;
      const { since, until } = sinceUntil(rng, startYear(p.firstYear, existsFrom(e)), 0.08);
      rels.push(rel("MEMBER_OF", essRef(e.id), ref("SupportProvider", p.id), { since, until }));
    }
  }
  return rels;
}

// ---------------------------------------------------------------------------
// Research
// ---------------------------------------------------------------------------

/** PART_OF (lab → UPEC, project → lab) and STUDIES (unit → structures on its themes). */
export function research(rng: Rng, ess: readonly EssOrg[], units: readonly ResearchDef[]): RelSpec[] {
  const rels: RelSpec[] = [];
  for (const u of units) {
    rels.push(rel("PART_OF", ref("ResearchUnit", u.id), ref("ResearchUnit", u.partOf)));
    const count = u.kind === "PROJECT" ? rng.int(4, 8) : rng.int(1, 3);
    const eligible = ess.filter((e) => e.stage !== "IDEA" && sharedCount(u.themes, e.themes) > 0);
    const pool = eligible.length >= count ? eligible : ess.filter((e) => e.stage !== "IDEA");
    const picked = new Set<EssOrg>();
    for (let guard = 0; picked.size < Math.min(count, pool.length) && guard < 500; guard++) {
      picked.add(rng.weighted(pool, (e) => (picked.has(e) ? 0 : 1 + sharedCount(u.themes, e.themes))));
    }
    // Years without drawing from the generator (the rest of the demo stays the same): from when both exist, until the project ends.
    for (const e of picked) {
      const until = u.endYear ?? null;
      const since = Math.min(
        startYear(u.startYear ?? FIRST_YEAR, existsFrom(e)),
        until === null ? Infinity : Math.max(FIRST_YEAR, until - 1),
      );
      rels.push(rel("STUDIES", ref("ResearchUnit", u.id), essRef(e.id), { since, until }));
    }
  }
  return rels;
}
