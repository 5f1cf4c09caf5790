import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAapEditions, programmeSpec } from "./programme";
import { THEME_CODES } from "./themes";

/** The seed's copy of the programme text (../shared/docs/programme-ess-gpsea.fr.txt). */
const programmeText = readFileSync(join(__dirname, "..", "data", "programme-ess-gpsea.fr.txt"), "utf8");

describe("programme facts", () => {
  const spec = programmeSpec();
  const nodes = (label: string) => spec.nodes.filter((n) => n.label === label).map((n) => n.props);

  it("carries the published figures, each traceable to the programme text", () => {
    const [programme] = nodes("Programme");
    expect(programme).toMatchObject({
      annualBudgetEur: 92900,
      essJobsSharePct: 6.5,
      essPrivateJobsSharePct: 11,
      essEnterprisesSharePct: 8.6,
      sourceKind: "PROGRAMME_TEXT",
    });
    expect(programmeText).toContain("92 900€");
    expect(programmeText).toContain("6,5% des emplois");
    expect(programmeText).toContain("11% des emplois privés");
    expect(programmeText).toContain("8,6% des entreprises");
  });

  it("has the three axes and the actions the text names, the call since 2016 and support since 2019", () => {
    expect(nodes("ProgrammeAxis").map((a) => a.number)).toEqual([1, 2, 3]);
    const actions = nodes("ProgrammeAction");
    expect(actions.length).toBeGreaterThanOrEqual(15);
    expect(actions.find((a) => a.id === "action-call-for-projects")).toMatchObject({ sinceYear: 2016 });
    expect(actions.find((a) => a.id === "action-individual-support")).toMatchObject({ sinceYear: 2019 });
    const callFacts = (actions.find((a) => a.id === "action-call-for-projects")!.facts as string[]).join(" ");
    expect(callFacts).toContain("17 structures");
    expect(callFacts).toContain("25 000 euros par an");
  });

  it("describes the Top 10 convention (about ten ESS structures, 50 businesses) and the MIEE workshops", () => {
    const events = nodes("Event");
    expect(events.find((e) => e.id === "event-top10")).toMatchObject({
      essParticipantCount: 10,
      businessParticipantCount: 50,
      kind: "BUSINESS_CONVENTION",
    });
    expect(programmeText).toContain("50 entreprises locales");
    const workshopThemes = spec.rels
      .filter((r) => r.from.key === "event-miee-workshops" && r.type === "HAS_THEME")
      .map((r) => r.to.key);
    expect(workshopThemes).toHaveLength(4);
    for (const code of workshopThemes) expect(THEME_CODES.has(code)).toBe(true);
  });

  it("loads every known call edition with its source page, and every known laureate", () => {
    const editions = loadAapEditions();
    const calls = nodes("CallForProjects");
    expect(calls.map((c) => c.year)).toEqual(editions.map((e) => e.year));
    for (const call of calls.filter((c) => c.year !== 2016)) {
      expect(call.sourceKind).toBe("PUBLIC_PAGE");
      expect(String(call.source)).toMatch(/\.(fr|com)\//);
    }
    const laureates = spec.rels.filter((r) => r.type === "LAUREATE_OF");
    expect(laureates).toHaveLength(editions.reduce((n, e) => n + (e.laureatesKnown?.length ?? 0), 0));
  });

  it("uses a copy of the programme text identical to ../shared/docs when it is there", () => {
    let original: string;
    try {
      original = readFileSync(
        join(__dirname, "..", "..", "..", "shared", "docs", "programme-ess-gpsea.fr.txt"),
        "utf8",
      );
    } catch {
      return; // a deployment has no ../shared
    }
    expect(programmeText).toBe(original);
  });

  it("invents nothing: no node of it is illustrative", () => {
    expect(spec.nodes.filter((n) => n.props.sourceKind === "ILLUSTRATIVE")).toEqual([]);
  });
});
