/**
 * Size and colour of nodes by a measure of the network (networkMetrics):
 * number of links, PageRank (influence through links), betweenness (bridges
 * between groups) or community (groups that link more among themselves).
 */
import type { NodeAppearance } from "./useCytoscape";

export const MEASURES = ["degree", "pagerank", "betweenness", "community"] as const;
export type Measure = (typeof MEASURES)[number];

export interface NodeMeasures {
  id: string;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

/** Light to dark blue: the larger the measure, the darker (readable with the default colours gone). */
const RAMP = [
  [198, 219, 239],
  [8, 48, 107],
] as const;

/** Colours of communities (colour-blind-safe qualitative palette, Okabe–Ito and Tol); the 11th onwards share grey. */
export const COMMUNITY_COLORS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#d55e00",
  "#56b4e9",
  "#882255",
  "#999933",
  "#44aa99",
  "#332288",
];

function ramp(t: number): string {
  const [a, b] = RAMP;
  const mix = (i: number) => Math.round(a[i] + (b[i] - a[i]) * t);
  return `#${[0, 1, 2].map((i) => mix(i).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The look of each node by `measure`: degree keeps the ordinary look (size by
 * links, colour by type); PageRank and betweenness set size and colour
 * (relative to the largest in the view); community sets the colour.
 */
export function appearanceFor(measure: Measure, metrics: readonly NodeMeasures[]): NodeAppearance | null {
  if (measure === "degree" || metrics.length === 0) return null;
  if (measure === "community") {
    // Numbered by size in the view, largest first, so that the main groups get the first colours.
    const counts = new Map<number, number>();
    for (const m of metrics) counts.set(m.community, (counts.get(m.community) ?? 0) + 1);
    const rank = new Map(
      [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community], i) => [community, i]),
    );
    return {
      color: new Map(metrics.map((m) => [m.id, COMMUNITY_COLORS[rank.get(m.community)!] ?? "#9ca3af"])),
    };
  }
  const largest = Math.max(...metrics.map((m) => m[measure]));
  const share = (m: NodeMeasures) => (largest > 0 ? m[measure] / largest : 0);
  return {
    size: new Map(metrics.map((m) => [m.id, share(m)])),
    color: new Map(metrics.map((m) => [m.id, ramp(Math.sqrt(share(m)))])),
  };
}
