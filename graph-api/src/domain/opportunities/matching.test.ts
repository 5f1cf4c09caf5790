/**
 * Support suggestions on a small territory worked out by hand: a provider is
 * suggested to a structure when it serves the stage the structure is at and
 * does not support it yet; networks are not suggested.
 */
import { loadComplementarity } from "@maillage/reference";
import { buildOpportunityContext, type OrganisationProfile } from "./context";
import { explain } from "./explain";
import { suggestSupport } from "./matching";

const base = { inseeCode: "75056", illustrative: false, latitude: 48.85, longitude: 2.35, themes: ["FOOD"] };
const structure = (id: string, stage: string, supported: boolean): OrganisationProfile => ({
  ...base,
  id,
  name: id,
  kind: "EssStructure",
  stage,
  supported,
});
const provider = (id: string, stagesServed: string[], isNetwork = false): OrganisationProfile => ({
  ...base,
  id,
  name: id,
  kind: "SupportProvider",
  stagesServed,
  isNetwork,
});

const ctx = buildOpportunityContext({
  edges: [{ source: "incubator-b", target: "young-supported" }],
  profiles: [
    structure("grown", "CONSOLIDATION", false),
    structure("young-supported", "EARLY", true),
    provider("accelerator", ["CONSOLIDATION", "SCALING_UP"]),
    provider("incubator-a", ["IDEA", "LAUNCH", "EARLY"]),
    provider("incubator-b", ["EARLY"]),
    provider("network", ["EARLY", "CONSOLIDATION"], true),
  ],
  nodeNames: [],
  themes: [{ code: "FOOD", labelFr: "Alimentation", labelEn: "Food" }],
  towns: [{ inseeCode: "75056", name: "Paris", neighbours: [] }],
  needs: [],
  offers: [],
  declined: [],
  complementarity: loadComplementarity(),
});

const pairs = () =>
  suggestSupport(ctx, {}, 100)
    .map((o) => o.members.map((m) => m.id).join(" ← "))
    .sort();

describe("suggestSupport", () => {
  it("suggests the providers serving each structure's stage, an accelerator to a grown structure included", () => {
    expect(pairs()).toEqual(["grown ← accelerator", "young-supported ← incubator-a"]);
  });

  it("still suggests another provider to a structure already supported, never the one supporting it, nor a network", () => {
    const list = pairs();
    expect(list).not.toContain("young-supported ← incubator-b");
    expect(list.some((p) => p.endsWith("network"))).toBe(false);
  });

  it("says a structure has no support yet only when it has none", () => {
    const byStructure = new Map(suggestSupport(ctx, {}, 100).map((o) => [o.members[0].id, explain(o, "fr")]));
    expect(byStructure.get("grown")).toContain("La structure n'a pas encore d'accompagnement");
    expect(byStructure.get("young-supported")).not.toContain("La structure n'a pas encore d'accompagnement");
    expect(byStructure.get("grown")).toContain("Accompagne les projets au stade « consolidation »");
  });
});
