/**
 * The matching suggestions (ESS–business, funding, research, support) keep
 * only the best pairs while they score (matching.ts, Shortlist) and, within a
 * town, skip the counterparts that cannot pair with it. Both must give exactly
 * the suggestions of the whole ranking: the same first k whatever the limit,
 * declined pairs replaced by the next ones, a town's suggestions those of the
 * whole territory with a member in the town.
 */
import { STAGES } from "@maillage/model";
import { loadComplementarity } from "@maillage/reference";
import { generateTerritory, TERRITORY_THEMES } from "@maillage/tools";
import { buildOpportunityContext, type OpportunityContext } from "./context";
import { suggestEssBusiness, suggestFunding, suggestResearch, suggestSupport } from "./matching";
import type { Opportunity } from "./opportunity";
import type { OpportunityFilter } from "./partnerships";

const COMMITMENTS = ["achats locaux", "achats auprès de l'ESS", "insertion professionnelle"];
const NAF = ["56.10A", "43.21A", "62.01Z", "70.22Z"];

/**
 * A generated territory (places, themes, links) whose organisations get, from their rank, what matching
 * reads: stages, support and research links, CSR commitments and activities, financers' stages and
 * instruments, support providers' stages served; one support provider in four is a research lab.
 */
function territoryContext(declined: string[] = []): OpportunityContext {
  const t = generateTerritory({ organisations: 1500, seed: 7 });
  const rankOfKind = new Map<string, number>();
  const profiles = t.profiles.map((p) => {
    const i = rankOfKind.get(p.kind) ?? 0;
    rankOfKind.set(p.kind, i + 1);
    const base = { ...p, illustrative: false };
    if (p.kind === "EssStructure")
      return { ...base, stage: STAGES[i % 5], supported: i % 3 === 0, researchLinked: i % 4 === 0, legalForm: null };
    if (p.kind === "Business")
      return {
        ...base,
        csrCommitments: i % 2 ? [COMMITMENTS[i % 3]] : [],
        nafCode: NAF[i % 4],
        staffRange: String(i % 53),
      };
    if (p.kind === "Financer")
      return { ...base, stages: STAGES.slice(i % 3, 5), instruments: ["LOAN", "GRANT"].slice(0, 1 + (i % 2)) };
    return i % 4 === 0
      ? { ...base, kind: "ResearchUnit", researchKind: "LAB" }
      : { ...base, stagesServed: STAGES.slice(0, 2 + (i % 3)), isNetwork: false };
  });
  return buildOpportunityContext({
    edges: t.edges,
    profiles,
    nodeNames: t.events.map((id, k) => ({ id, name: `Évènement ${k + 1}` })),
    themes: TERRITORY_THEMES.map((code) => ({ code, labelFr: code, labelEn: code })),
    towns: t.towns.map((town) => ({ inseeCode: town.inseeCode, name: town.name, neighbours: [] })),
    needs: [],
    offers: [],
    declined,
    complementarity: loadComplementarity(),
  });
}

type Suggest = (ctx: OpportunityContext, filter: OpportunityFilter, limit: number) => Opportunity[];
const KINDS: [string, Suggest][] = [
  ["ESS_BUSINESS", suggestEssBusiness],
  ["FUNDING", suggestFunding],
  ["RESEARCH", suggestResearch],
  ["SUPPORT", suggestSupport],
];
const ALL = 1_000_000;
const ids = (list: Opportunity[]) => list.map((o) => o.id);

describe("matching suggestions", () => {
  const ctx = territoryContext();

  it.each(KINDS)("%s: the first k are the whole ranking's first k, whatever the limit", (_kind, suggest) => {
    const whole = suggest(ctx, {}, ALL);
    // More pairs than any page asked; ESS–business and support pairs are more than the shortlist holds
    // for a small limit before it drops the worst (4 × limit + 1024).
    expect(whole.length).toBeGreaterThan(250);
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [whole[i - 1], whole[i]];
      expect(a.score > b.score || (a.score === b.score && a.id.localeCompare(b.id) < 0)).toBe(true);
    }
    for (const k of [1, 7, 50, 250]) expect(ids(suggest(ctx, {}, k))).toEqual(ids(whole.slice(0, k)));
  });

  it.each(KINDS)("%s: declined pairs are left out and the next ones take their place", (_kind, suggest) => {
    const whole = suggest(ctx, {}, 30);
    const declined = [whole[0].id, whole[3].id, whole[4].id];
    const after = suggest(territoryContext(declined), {}, 27);
    expect(ids(after)).toEqual(ids(whole).filter((id) => !declined.includes(id)));
  });

  it.each(KINDS)("%s: a town's are the whole territory's with a member in the town", (_kind, suggest) => {
    const whole = suggest(ctx, {}, ALL);
    let compared = 0;
    for (const inseeCode of [...ctx.towns.keys()].slice(0, 6)) {
      const inTown = whole.filter((o) => o.members.some((m) => ctx.profiles.get(m.id)!.inseeCode === inseeCode));
      compared += inTown.length;
      expect(ids(suggest(ctx, { inseeCode }, 40))).toEqual(ids(inTown.slice(0, 40)));
    }
    expect(compared).toBeGreaterThan(0);
  });
});
