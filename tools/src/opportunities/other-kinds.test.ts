/**
 * The evaluation of the other kinds of suggestion: support is measured on
 * the supports begun at the structure's current stage, and, for comparison,
 * on every support relation.
 */
import { loadComplementarity } from "@maillage/reference";
import { buildOpportunityContext, type OrganisationProfile } from "@maillage/graph-api";
import { evaluateOtherKinds, type HeldOutLink } from "./other-kinds";

const place = { inseeCode: "75056", illustrative: false, latitude: 48.85, longitude: 2.35, themes: [] };
const structures: OrganisationProfile[] = Array.from({ length: 10 }, (_, i) => ({
  ...place,
  id: `s${i}`,
  name: `s${i}`,
  kind: "EssStructure",
  stage: "CONSOLIDATION",
  supported: true,
}));
const providers: OrganisationProfile[] = [
  { ...place, id: "incubator", name: "incubator", kind: "SupportProvider", stagesServed: ["IDEA", "LAUNCH"] },
  { ...place, id: "accelerator", name: "accelerator", kind: "SupportProvider", stagesServed: ["CONSOLIDATION"] },
];
// Every structure was incubated when it was launching; six of them are in the accelerator now.
const links: HeldOutLink[] = [
  ...structures.map((s) => ({ relationship: "SUPPORTS", structureId: s.id, otherId: "incubator", stages: ["LAUNCH"] })),
  ...structures
    .slice(0, 6)
    .map((s) => ({ relationship: "SUPPORTS", structureId: s.id, otherId: "accelerator", stages: ["CONSOLIDATION"] })),
];
const edges = links.map((l) => ({ source: l.otherId, target: l.structureId }));
const ctx = buildOpportunityContext({
  edges,
  profiles: [...structures, ...providers],
  nodeNames: [],
  themes: [],
  towns: [{ inseeCode: "75056", name: "Paris", neighbours: [] }],
  needs: [],
  offers: [],
  declined: [],
  complementarity: loadComplementarity(),
});

describe("evaluateOtherKinds: support", () => {
  const reports = evaluateOtherKinds(ctx, edges, links, { seed: 4, splits: 3 }).filter((r) => r.kind === "SUPPORT");
  const current = reports.find((r) => r.evidence === "currentStage")!;
  const all = reports.find((r) => r.evidence === "all")!;

  it("takes as evidence the supports begun at the stage the structure is at now, and every support in the other row", () => {
    expect(current.links).toBe(6);
    expect(all.links).toBe(16);
  });

  it("finds a hidden current support again, while a hidden past incubation is not suggested to a grown structure", () => {
    expect(current.suggested).toBe(1);
    expect(all.suggested).toBeLessThan(1);
  });
});
