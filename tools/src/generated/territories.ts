/**
 * Generated territories, larger than GPSEA, in the same model, for benchmarks
 * and query plans (docs/scaling.md). Everything here is ILLUSTRATIVE and says so.
 *
 * Shared data holds outlines for Val-de-Marne only, so a generated territory is
 * made of replicas of the 16 real GPSEA towns: each replica copies a town's
 * outline and population, moved on a grid away from the real territory, under a
 * clearly synthetic name ("Créteil (ville fictive 12)") and a code that no real
 * commune has (département "00", then "96", which INSEE never assigned). The
 * organisations of each replica come from the demo generator (generateDemo),
 * seeded per replica, with more structures and businesses per town; their ids
 * are prefixed per replica. Real institutions named by the demo (financers,
 * UPEC) stay single nodes shared by every replica.
 *
 * Deterministic and lazy: same size and seed, same graph; one replica at a time
 * is held in memory, so the France-sized one streams as well as the others.
 */
import { NODE_KEYS, type GraphSpec, type NodeRef, type NodeSpec, type RelSpec } from "@maillage/model";
import { generateDemo, DEFAULT_SEED, type DemoTown } from "@maillage/seed";
import { BUSINESS_PER_TOWN_MIN, ESS_PER_TOWN_MIN } from "@maillage/seed";
import { REAL_INSTITUTION } from "@maillage/seed";
import { loadTerritory, ringCentroid, shareBorder, territorySetting, type TownData } from "@maillage/reference";

/** GPSEA's 16 towns with their shipped outlines, whatever TERRITORY says: the replicas copy them. */
const gpseaTowns = (): TownData[] => loadTerritory(territorySetting({})).towns;
type Ring = [number, number][];

export interface GeneratedSize {
  /** How many replicas of the 16 GPSEA towns. */
  replicas: number;
  /** ESS structures and businesses per replica (16 towns). */
  essPerReplica: number;
  businessesPerReplica: number;
  description: string;
}

const TOWNS_PER_REPLICA = 16;
const ESS_FLOOR = ESS_PER_TOWN_MIN * TOWNS_PER_REPLICA;
const BUSINESS_FLOOR = BUSINESS_PER_TOWN_MIN * TOWNS_PER_REPLICA;

export const GENERATED_SIZES = {
  /** Ten GPSEAs at the demo's density: 1,680 ESS structures, 2,640 businesses, 160 towns. */
  x10: { replicas: 10, essPerReplica: 168, businessesPerReplica: 264, description: "×10 GPSEA (demo density)" },
  /** Île-de-France-sized: 40,000 ESS structures, 400,000 businesses, 1,280 towns (IdF has 1,266 communes). */
  idf: { replicas: 80, essPerReplica: 500, businessesPerReplica: 5000, description: "Île-de-France-sized" },
  /** France-sized: 200,000 ESS structures, 2,000,000 businesses, 2,000 towns. */
  france: { replicas: 125, essPerReplica: 1600, businessesPerReplica: 16000, description: "France-sized" },
} as const satisfies Record<string, GeneratedSize>;

export type GeneratedSizeName = keyof typeof GENERATED_SIZES;

/** Codes of generated towns: "00000"–"00999", then "96000"–"96999"; no real commune uses either département. */
export function generatedTownCode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 2000) throw new RangeError(`generated town number ${n} is outside 0–1999`);
  return n < 1000 ? `00${String(n).padStart(3, "0")}` : `96${String(n - 1000).padStart(3, "0")}`;
}

/** Code of a generated territory (the Territory node's key). */
export const generatedTerritoryCode = (replica: number) => `generated-${String(replica + 1).padStart(4, "0")}`;

export const GENERATED_SOURCE = "generated territory (illustrative, for scale tests)";

export interface GeneratedReplica {
  index: number;
  territoryCode: string;
  /** The replica's Territory, Towns, PART_OF and NEIGHBOUR_OF. */
  territory: GraphSpec;
  /** The replica's population: organisations, resources, links, events, contacts (ids prefixed). */
  population: GraphSpec;
}

// Replicas sit on a grid of 20 columns, west and south of the real territory.
const GRID_COLUMNS = 20;
const GRID_DX = 0.45;
const GRID_DY = -0.2;
const GRID_ORIGIN = { dx: -4, dy: -2 };

function replicaTowns(real: readonly TownData[], replica: number): DemoTown[] {
  const dx = GRID_ORIGIN.dx + (replica % GRID_COLUMNS) * GRID_DX;
  const dy = GRID_ORIGIN.dy + Math.floor(replica / GRID_COLUMNS) * GRID_DY;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return real.map((t, i) => {
    const inseeCode = generatedTownCode(replica * TOWNS_PER_REPLICA + i);
    return {
      inseeCode,
      name: `${t.name} (ville fictive ${replica + 1})`,
      population: t.population,
      postalCodes: [inseeCode],
      ring: (t.ring as Ring).map(([x, y]) => [round(x + dx), round(y + dy)] as [number, number]),
    };
  });
}

function territorySpecOf(replica: number, towns: readonly DemoTown[], real: readonly TownData[]): GraphSpec {
  const provenance = (ref: string) => ({
    source: GENERATED_SOURCE,
    sourceKind: "ILLUSTRATIVE" as const,
    sourceRef: ref,
  });
  const code = generatedTerritoryCode(replica);
  const nodes: NodeSpec[] = [
    {
      label: "Territory",
      props: {
        code,
        name: `Territoire fictif ${replica + 1}`,
        population: towns.reduce((s, t) => s + t.population, 0),
        ...provenance(`replica ${replica + 1} of GPSEA`),
      },
    },
    ...towns.map((t, i): NodeSpec => ({
      label: "Town",
      props: {
        inseeCode: t.inseeCode,
        name: t.name,
        population: t.population,
        postalCodes: t.postalCodes,
        location: ringCentroid(t.ring),
        ...provenance(
          `replica ${replica + 1} of ${real[i]?.name} (${real[i]?.inseeCode}), outline moved; not a real commune`,
        ),
      },
    })),
  ];
  const rels: RelSpec[] = towns.map((t) => ({
    type: "PART_OF",
    from: { label: "Town", key: t.inseeCode },
    to: { label: "Territory", key: code },
    props: provenance("generated"),
  }));
  // Same neighbours as the real towns they copy.
  const codeOf = new Map(real.map((t, i) => [t.inseeCode, towns[i]?.inseeCode as string]));
  for (const n of neighbourPairs(real)) {
    rels.push({
      type: "NEIGHBOUR_OF",
      from: { label: "Town", key: codeOf.get(n[0]) as string },
      to: { label: "Town", key: codeOf.get(n[1]) as string },
      props: provenance("shared border of the real towns"),
    });
  }
  return { nodes, rels };
}

let cachedPairs: [string, string][] | undefined;
function neighbourPairs(real: readonly TownData[]): [string, string][] {
  if (!cachedPairs) {
    cachedPairs = [];
    for (let i = 0; i < real.length; i++) {
      for (let j = i + 1; j < real.length; j++)
        if (shareBorder(real[i]!.ring as Ring, real[j]!.ring as Ring))
          cachedPairs.push([real[i]!.inseeCode, real[j]!.inseeCode]);
    }
  }
  return cachedPairs;
}

/** Prefixes the keys of the replica's own nodes; Themes, Towns, real institutions and nodes outside the spec keep theirs. */
function prefixKeys(spec: GraphSpec, prefix: string, replica: number): GraphSpec {
  const renamed = new Set<string>();
  const refKey = (r: NodeRef) => `${r.label}:${r.key}`;
  const nodes = spec.nodes.map((n) => {
    const keyName = NODE_KEYS[n.label];
    const key = n.props[keyName] as string;
    if (n.label === "Theme" || n.label === "Town" || n.props.sourceRef === REAL_INSTITUTION.sourceRef) return n;
    renamed.add(`${n.label}:${key}`);
    return {
      ...n,
      props: {
        ...n.props,
        [keyName]: prefix + key,
        source: GENERATED_SOURCE,
        sourceRef: `replica ${replica + 1}; invented`,
      },
    };
  });
  const move = (r: NodeRef): NodeRef => (renamed.has(refKey(r)) ? { label: r.label, key: prefix + r.key } : r);
  const rels = spec.rels.map((r) => ({
    ...r,
    from: move(r.from),
    to: move(r.to),
    props: { ...r.props, source: GENERATED_SOURCE },
  }));
  return { nodes, rels };
}

export function generatedReplica(
  size: GeneratedSize,
  replica: number,
  seed = DEFAULT_SEED,
  real: readonly TownData[] = gpseaTowns(),
): GeneratedReplica {
  if (replica < 0 || replica >= size.replicas)
    throw new RangeError(`replica ${replica} is outside 0–${size.replicas - 1}`);
  const towns = replicaTowns(real, replica);
  const demo = generateDemo(towns, {
    seed: seed + 7919 * (replica + 1),
    essShared: size.essPerReplica - ESS_FLOOR,
    businessShared: size.businessesPerReplica - BUSINESS_FLOOR,
  });
  return {
    index: replica,
    territoryCode: generatedTerritoryCode(replica),
    territory: territorySpecOf(replica, towns, real),
    population: prefixKeys(demo, `g${String(replica + 1).padStart(4, "0")}-`, replica),
  };
}

/** Every replica, one at a time. */
export function* generatedReplicas(
  size: GeneratedSize,
  options: { seed?: number; from?: number } = {},
): Generator<GeneratedReplica> {
  const real = gpseaTowns();
  for (let r = options.from ?? 0; r < size.replicas; r++) yield generatedReplica(size, r, options.seed, real);
}
