/**
 * Where each fact of an organisation's profile comes from: after a
 * coordinator edits one field of an imported organisation, the profile says
 * that field was entered by a coordinator (when) and the others still come
 * from the import, and never says who the coordinator is.
 */
import { startHarness, uniqueId, type Harness } from "./harness";

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    essStructures(where: { id: { eq: $id } }) {
      id
      stage
      factSources {
        field
        sourceKind
        source
        at
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $update: EssStructureUpdateInput!) {
    updateEssStructures(where: { id: { eq: $id } }, update: $update) {
      essStructures {
        id
        stage
      }
    }
  }
`;

type FactSource = { field: string; sourceKind: string; source: string; at: string | null };

describe("per-fact provenance on a profile", () => {
  let api: Harness;
  let coordinator: string;
  const who = uniqueId("prov-claire");
  const id = uniqueId("prov-org");
  const importedAt = "2026-12-01T09:00:00.000Z";

  beforeAll(async () => {
    api = await startHarness();
    coordinator = await api.token("coordinator", who);
    // An organisation as the Sirene import leaves it: its values, what the import wrote, its town and a theme.
    await api.cypher(
      `CREATE (o:Organisation:EssStructure {id: $id, name: 'Ressourcerie du Morbras', legalForm: 'ASSOCIATION',
         stage: 'EARLY', foundedYear: 2012, website: 'https://ressourcerie.example.org', isVitrine: false,
         source: 'StockEtablissement.csv', sourceKind: 'OPEN_DATA_IMPORT', sourceRef: 'line 12',
         importSource: 'sirene: StockEtablissement.csv line 12', importedJson: $imported,
         importedAt: datetime($importedAt), updatedAt: datetime($importedAt)})
       WITH o
       CALL (o) { MATCH (t:Town) WITH t ORDER BY t.inseeCode LIMIT 1 CREATE (o)-[:LOCATED_IN {source: 'StockEtablissement.csv', sourceKind: 'OPEN_DATA_IMPORT', updatedAt: datetime()}]->(t) }
       CALL (o) { MATCH (th:Theme) WITH th ORDER BY th.code LIMIT 1 CREATE (o)-[:HAS_THEME {source: 'StockEtablissement.csv', sourceKind: 'OPEN_DATA_IMPORT', updatedAt: datetime()}]->(th) }`,
      {
        id,
        importedAt,
        imported: JSON.stringify({
          sirene: { name: "Ressourcerie du Morbras", legalForm: "ASSOCIATION", foundedYear: 2012 },
        }),
      },
    );
  });
  afterAll(async () => {
    await api.cypher("MATCH (o:Organisation {id: $id}) DETACH DELETE o", { id });
    await api.cypher("MATCH (a:AuditEntry {entityId: $id}) DELETE a", { id });
    await api.close();
  });

  const factSources = async () => {
    const res = await api.gql<{ essStructures: { stage: string; factSources: FactSource[] }[] }>(PROFILE, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.essStructures[0];
  };

  it("credits every fact of an untouched imported organisation to its import", async () => {
    const { factSources: facts } = await factSources();
    const byField = new Map(facts.map((f) => [f.field, f]));
    for (const field of ["name", "legalForm", "stage", "foundedYear", "town", "themes", "website"])
      expect(byField.get(field)).toEqual({ field, sourceKind: "OPEN_DATA_IMPORT", source: "sirene", at: importedAt });
  });

  it("says a coordinator entered the field they edited, and the import the others, without naming anyone", async () => {
    const before = Date.now();
    const edit = await api.gql(UPDATE, { id, update: { stage: { set: "CONSOLIDATION" } } }, coordinator);
    expect(edit.errors).toBeUndefined();

    const profile = await factSources();
    expect(profile.stage).toBe("CONSOLIDATION");
    const edited = profile.factSources.filter((f) => f.sourceKind === "COORDINATOR");
    expect(edited.map((f) => f.field)).toEqual(["stage"]);
    expect(edited[0].source).toBe("coordinator");
    expect(Date.parse(edited[0].at!)).toBeGreaterThanOrEqual(before - 60_000);
    for (const f of profile.factSources.filter((f) => f.field !== "stage"))
      expect(f).toMatchObject({ sourceKind: "OPEN_DATA_IMPORT", source: "sirene", at: importedAt });
    expect(JSON.stringify(profile)).not.toContain(who);
  });

  it("asks for the organisation's id when a query selects its fact sources without it", async () => {
    const res = await api.gql(
      `query ($id: ID!) { essStructures(where: { id: { eq: $id } }) { factSources { field } } }`,
      { id },
    );
    expect(res.errors?.[0].message).toMatch(/select the organisation's id/);
  });
});
