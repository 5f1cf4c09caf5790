import { retryAfterMs } from "../read/search-api";
import { mapResult, planQueries, splitQuery, type MapContext } from "./annuaire";

const TOWNS = ["94002", "94028"];

function context() {
  const seen = { skipped: [] as string[], rejected: [] as string[], notes: [] as string[] };
  let row = 0;
  const ctx: MapContext = {
    communes: new Set(TOWNS),
    host: "example.test",
    ref: "ESS in 2 towns, page 1 (2026-12-06)",
    nextRow: () => ++row,
    skip: (reason) => seen.skipped.push(reason),
    reject: (_row, reason) => seen.rejected.push(reason),
    note: (_row, reason) => seen.notes.push(reason),
  };
  return { ctx, seen };
}

const establishment = {
  siret: "81234567600017",
  commune: "94028",
  etat_administratif: "A",
  est_siege: true,
  activite_principale: "88.99B",
};

describe("annuaire queries", () => {
  it("asks for the ESS of all the towns at once, and with --businesses for each town and NAF section", () => {
    expect(planQueries(TOWNS, false).map((q) => q.params.code_commune)).toEqual(["94002,94028"]);
    const all = planQueries(TOWNS, true);
    expect(all).toHaveLength(1 + 2 * 21);
    expect(all[1].params).toMatchObject({
      est_ess: "false",
      est_entrepreneur_individuel: "false",
      code_commune: "94002",
      section_activite_principale: "A",
      per_page: "25",
    });
  });

  it("splits a query over the service's cap by town, then by NAF section, then gives up", () => {
    const [byTown] = splitQuery(planQueries(TOWNS, false)[0])!;
    expect(byTown).toMatchObject({ label: "ESS in 94002", communes: ["94002"] });
    const bySection = splitQuery(byTown)!;
    expect(bySection).toHaveLength(21);
    expect(splitQuery(bySection[0])).toBeNull();
  });
});

describe("annuaire results", () => {
  it("skips sole traders, by their category or the service's flag, whatever name they carry", () => {
    const { ctx, seen } = context();
    expect(
      mapResult(
        {
          siren: "812345676",
          nom_complet: "DUPONT JEAN",
          nature_juridique: "1000",
          matching_etablissements: [establishment],
        },
        ctx,
      ),
    ).toEqual([]);
    expect(
      mapResult(
        {
          siren: "812345676",
          nom_complet: "DUPONT JEAN",
          nature_juridique: "5710",
          complements: { est_entrepreneur_individuel: true },
          matching_etablissements: [establishment],
        },
        ctx,
      ),
    ).toEqual([]);
    expect(seen.skipped).toHaveLength(2);
  });

  it("rejects a unit that says neither its category nor whether it is a sole trader", () => {
    const { ctx, seen } = context();
    expect(mapResult({ siren: "812345676", nom_complet: "X", matching_etablissements: [establishment] }, ctx)).toEqual(
      [],
    );
    expect(seen.rejected).toEqual([
      "neither nature_juridique nor complements.est_entrepreneur_individuel: cannot tell a company from a natural person",
    ]);
  });

  it("imports an establishment of the run's towns only, with the labels the service gives", () => {
    const { ctx } = context();
    const records = mapResult(
      {
        siren: "812345676",
        nom_complet: "ASSOCIATION X",
        nature_juridique: "9220",
        complements: { est_ess: true, est_qualiopi: true, est_entrepreneur_individuel: false },
        matching_etablissements: [establishment, { ...establishment, siret: "81234567600025", commune: "75111" }],
      },
      ctx,
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      label: "EssStructure",
      siret: "81234567600017",
      inseeCode: "94028",
      fields: { legalForm: "ASSOCIATION", officialLabels: ["ESS", "QUALIOPI"] },
    });
  });
});

describe("Retry-After", () => {
  it("reads seconds or an HTTP date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Sun, 06 Dec 2026 16:00:10 GMT", Date.parse("Sun, 06 Dec 2026 16:00:00 GMT"))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
  });
});
