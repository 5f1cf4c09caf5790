/**
 * Organisations whose data give a town but no coordinates (programme
 * laureates, the university and its laboratories) are placed at their town's
 * centre, with `geoPrecision: "commune"` saying that the point is the town's,
 * not the address's. Those with coordinates keep them.
 */
import type { GraphSpec } from "@maillage/model";

const ORGANISATIONS = new Set(["EssStructure", "Business", "Financer", "SupportProvider", "ResearchUnit"]);

export function placeAtTowns(spec: GraphSpec): GraphSpec {
  const townPoints = new Map(
    spec.nodes.filter((n) => n.label === "Town" && n.props.location).map((n) => [n.props.inseeCode, n.props.location]),
  );
  const townOf = new Map<string, string>();
  for (const r of spec.rels)
    if (r.type === "LOCATED_IN" && r.to.label === "Town" && ORGANISATIONS.has(r.from.label))
      townOf.set(`${r.from.label}:${r.from.key}`, r.to.key);
  const nodes = spec.nodes.map((n) => {
    if (!ORGANISATIONS.has(n.label) || n.props.location) return n;
    const location = townPoints.get(townOf.get(`${n.label}:${n.props.id}`) as never);
    return location ? { ...n, props: { ...n.props, location, geoPrecision: "commune" } } : n;
  });
  return { nodes, rels: spec.rels };
}
