/**
 * What coordinators write through the API (the explorer's forms use these
 * mutations): bad values are refused with every broken field named, before
 * anything is written; provenance is the server's; anonymous visitors write
 * nothing; and a coordinator's edit of an imported organisation survives the
 * next import of the register.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProgress } from "../../importers/src/progress";
import { runImport } from "../../importers/src/run";
import { startHarness, uniqueId, type Harness } from "./harness";

const CREATE = /* GraphQL */ `
  mutation Create($input: [EssStructureCreateInput!]!) {
    createEssStructures(input: $input) {
      essStructures {
        id
        name
        siret
        updatedBy
        source
        sourceKind
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $update: EssStructureUpdateInput!) {
    updateEssStructures(where: { id: { eq: $id } }, update: $update) {
      essStructures {
        id
        name
        website
        siret
        updatedBy
        updatedAt
        source
        sourceKind
      }
    }
  }
`;

/** Passes the Luhn checks; in no register (SIREN 900000001 is not allocated to anyone in the fixtures). */
const FICTITIOUS_SIRET = "90000000100017";

describe("editing through the API", () => {
  let api: Harness;
  let coordinator: string;
  const made: string[] = [];

  beforeAll(async () => {
    api = await startHarness();
    coordinator = await api.token("coordinator", "edit-claire");
  });
  afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.name IN $made OR n.title IN $made DETACH DELETE n", { made });
    await api.cypher("MATCH (o:Organisation) WHERE o.id STARTS WITH 'siret-' DETACH DELETE o");
    await api.cypher("MATCH (t:Theme) WHERE t.code STARTS WITH 'int-theme-' DETACH DELETE t");
    await api.close();
  });

  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    made.push(name);
    const res = await api.gql(CREATE, { input: [{ name, legalForm: "SCIC", ...extra }] }, coordinator);
    expect(res.errors).toBeUndefined();
    return res.data!.createEssStructures.essStructures[0] as { id: string };
  };

  it("refuses a creation with a wrong SIRET, naming the field, and writes nothing", async () => {
    const name = uniqueId("bad-siret");
    made.push(name);
    const res = await api.gql(
      CREATE,
      { input: [{ name, siret: "81234567600018", website: "www.example.fr" }] },
      coordinator,
    );
    expect(res.data).toBeNull();
    const error = res.errors![0];
    expect(error.extensions!.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe(
      "Invalid input: siret: this SIRET fails its check digit (Luhn): a digit is probably wrong; website: must be a web address starting with http:// or https://",
    );
    expect(error.extensions!.fields).toEqual([
      expect.objectContaining({ path: "input[0].siret", field: "siret", rule: "siretChecksum" }),
      expect.objectContaining({ path: "input[0].website", field: "website", rule: "url" }),
    ]);
    expect(await api.cypher("MATCH (n:EssStructure {name: $name}) RETURN n", { name })).toEqual([]);
  });

  it("refuses an update that breaks rules, including inside nested needs and partnerships, and leaves the record as it was", async () => {
    const { id } = await create(uniqueId("edit-rules"));
    const res = await api.gql(
      UPDATE,
      {
        id,
        update: {
          name: { set: " " },
          postalCode: { set: "940" },
          location: { set: { latitude: 40.41, longitude: -3.7 } },
          needs: [{ create: [{ node: { title: "", kind: "VEHICLE" } }] }],
          essPartners: [
            {
              connect: [
                {
                  where: { node: { id: { eq: "ess-aap-marjolaine" } } },
                  edge: { kind: "CO_PROJECT", since: 2024, until: 2021 },
                },
              ],
            },
          ],
        },
      },
      coordinator,
    );
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(
      (res.errors![0].extensions!.fields as { path: string; rule: string }[]).map((f) => `${f.path}: ${f.rule}`),
    ).toEqual([
      "update.name: required",
      "update.postalCode: postalCode",
      "update.location: outsideFrance",
      // Coerced arguments follow the input type's field order: essPartners before needs.
      "update.essPartners[0].connect[0].edge.until: yearOrder",
      "update.needs[0].create[0].node.title: required",
    ]);
    const [row] = await api.cypher(
      "MATCH (s:EssStructure {id: $id}) RETURN s.postalCode AS postalCode, COUNT { (s)--() } AS links",
      { id },
    );
    expect(row).toEqual({ postalCode: null, links: 0 });
  });

  it("refuses names that hide a text-direction override or are only invisible characters, naming the field and the character, and writes nothing", async () => {
    const spoof = `${uniqueId("bidi")} \u202Eeriadilos`;
    const invisible = "\u200B\u200B\u2060";
    made.push(spoof, invisible);
    const res = await api.gql(
      CREATE,
      {
        input: [
          { name: spoof, legalForm: "SCIC" },
          { name: invisible, legalForm: "SCIC" },
        ],
      },
      coordinator,
    );
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({
        path: "input[0].name",
        field: "name",
        rule: "forbiddenCharacter",
        params: { character: "U+202E" },
      }),
      expect.objectContaining({ path: "input[1].name", field: "name", rule: "required" }),
    ]);
    expect(res.errors![0].message).toContain(
      "name: must not contain control, text-direction or invisible characters (found U+202E)",
    );
    expect(
      await api.cypher("MATCH (n:EssStructure) WHERE n.name IN $names RETURN n", { names: [spoof, invisible] }),
    ).toEqual([]);
  });

  it("refuses a 200,000-character theme label and a NUL in a theme code, and writes no theme", async () => {
    const code = uniqueId("int-theme");
    const res = await api.gql(
      /* GraphQL */ `
        mutation ($input: [ThemeCreateInput!]!) {
          createThemes(input: $input) {
            themes {
              code
            }
          }
        }
      `,
      {
        input: [
          { code, labelFr: "x".repeat(200_000), labelEn: "Theme" },
          { code: `${code}\u0000`, labelFr: "Thème", labelEn: "Theme" },
        ],
      },
      coordinator,
    );
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ path: "input[0].labelFr", rule: "tooLong", params: { max: 200 } }),
      expect.objectContaining({ path: "input[1].code", rule: "forbiddenCharacter", params: { character: "U+0000" } }),
    ]);
    expect(await api.cypher("MATCH (t:Theme) WHERE t.code STARTS WITH $code RETURN t", { code })).toEqual([]);
  });

  it("keeps provenance to the server: a coordinator cannot rewrite source or sourceKind", async () => {
    const { id } = await create(uniqueId("edit-provenance"));
    const res = await api.gql(
      UPDATE,
      { id, update: { source: { set: "sirene" }, sourceKind: { set: "OPEN_DATA_IMPORT" } } },
      coordinator,
    );
    expect(
      (res.errors![0].extensions!.fields as { field: string; rule: string }[]).map((f) => `${f.field}: ${f.rule}`),
    ).toEqual(["source: readOnly", "sourceKind: readOnly"]);
  });

  it("a valid edit is written with who and when", async () => {
    const { id } = await create(uniqueId("edit-ok"));
    const before = Date.now();
    const res = await api.gql(
      UPDATE,
      { id, update: { website: { set: "https://scic.example" }, siret: { set: FICTITIOUS_SIRET } } },
      await api.token("coordinator", "edit-malik"),
    );
    expect(res.errors).toBeUndefined();
    const edited = res.data!.updateEssStructures.essStructures[0];
    expect(edited).toMatchObject({
      website: "https://scic.example",
      siret: FICTITIOUS_SIRET,
      updatedBy: "edit-malik",
      source: "coordinator:edit-claire",
      sourceKind: "COORDINATOR",
    });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    // A second structure with the same SIRET: the uniqueness constraint names the field.
    const duplicate = uniqueId("edit-duplicate");
    made.push(duplicate);
    const clash = await api.gql(CREATE, { input: [{ name: duplicate, siret: FICTITIOUS_SIRET }] }, coordinator);
    expect(clash.errors![0].extensions).toMatchObject({ code: "CONSTRAINT_VIOLATION", field: "siret" });
    expect(clash.errors![0].message).toBe("siret: another record already has this value (it must be unique)");
  });

  it("refuses anonymous needs, offers and relationships (the explorer's mutations) and writes nothing", async () => {
    const { id } = await create(uniqueId("edit-anon"));
    const title = uniqueId("anon-need");
    made.push(title);
    for (const update of [
      { needs: [{ create: [{ node: { title, kind: "VEHICLE" } }] }] },
      { offers: [{ create: [{ node: { title, kind: "PREMISES" } }] }] },
      {
        essPartners: [
          { connect: [{ where: { node: { id: { eq: "ess-aap-marjolaine" } } }, edge: { kind: "CO_PROJECT" } }] },
        ],
      },
      { memberOf: [{ connect: [{ where: { node: { isNetwork: { eq: true } } } }] }] },
    ]) {
      const res = await api.gql(UPDATE, { id, update });
      expect(res.errors?.[0].extensions!.code).toBe("UNAUTHENTICATED");
    }
    const [row] = await api.cypher("MATCH (s:EssStructure {id: $id}) RETURN COUNT { (s)--() } AS links", { id });
    expect(row.links).toBe(0);
  });

  it("removes a partnership from either organisation, whichever side recorded it (the explorer disconnects from the one shown)", async () => {
    const a = await create(uniqueId("edit-side-a"));
    const b = await create(uniqueId("edit-side-b"));
    const link = await api.gql(
      UPDATE,
      {
        id: b.id,
        update: {
          essPartners: [{ connect: [{ where: { node: { id: { eq: a.id } } }, edge: { kind: "CO_PROJECT" } }] }],
        },
      },
      coordinator,
    );
    expect(link.errors).toBeUndefined();
    const unlink = await api.gql(
      UPDATE,
      { id: a.id, update: { essPartners: [{ disconnect: [{ where: { node: { id: { eq: b.id } } } }] }] } },
      coordinator,
    );
    expect(unlink.errors).toBeUndefined();
    expect(await api.cypher("MATCH (x:EssStructure {id: $a})-[p:PARTNERS_WITH]-() RETURN p", { a: a.id })).toEqual([]);
  });

  it("a coordinator's edit of an imported organisation survives the next import of the register", async () => {
    const fixtures = join(__dirname, "..", "fixtures", "import");
    const files = [
      "StockUniteLegale_extrait.csv",
      "StockEtablissement_extrait.csv",
      "GeolocalisationEtablissement_extrait.csv",
    ].map((f) => join(fixtures, f));
    const work = mkdtempSync(join(tmpdir(), "maillage-edit-"));
    const importSirene = (n: number) =>
      runImport({
        source: "sirene",
        files,
        dryRun: false,
        driver: api.driver,
        reportPath: join(work, `report-${n}.csv`),
        progress: createProgress({ quiet: true }),
      });
    await importSirene(1);
    const [{ id }] = await api.cypher("MATCH (o:EssStructure {siret: '81234567600017'}) RETURN o.id AS id");
    // Exactly what the explorer's form sends: only the fields the coordinator changed.
    const res = await api.gql(
      UPDATE,
      {
        id,
        update: { name: { set: "Épicerie solidaire du Mont-Mesly" }, website: { set: "https://epicerie.example" } },
      },
      coordinator,
    );
    expect(res.errors).toBeUndefined();

    const summary = await importSirene(2);
    expect(summary.counts).toMatchObject({ created: 0, keptEdits: 1 });
    const [row] = await api.cypher(
      "MATCH (o:EssStructure {id: $id}) RETURN o.name AS name, o.website AS website, o.updatedBy AS by, o.activity AS activity",
      { id },
    );
    expect(row).toEqual({
      name: "Épicerie solidaire du Mont-Mesly",
      website: "https://epicerie.example",
      by: "edit-claire",
      activity: "Action sociale sans hébergement n.c.a.",
    });
    expect(readFileSync(summary.reportPath, "utf8")).toContain(
      'kept hand edit;"name: kept ""Épicerie solidaire du Mont-Mesly"" (edited by hand)',
    );
  });
});
