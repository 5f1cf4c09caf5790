/**
 * Coordinators' saved views through the API, on the real Neo4j: who may save,
 * list, open and delete them, the shared rules on names and addresses, and
 * the audit entry each write leaves.
 */
import { startHarness, uniqueId, type Harness } from "./harness";

jest.setTimeout(60_000);

const FIELDS = "id name url createdBy createdAt mine";
const SAVE = `mutation ($name: String!, $url: String!) { saveView(name: $name, url: $url) { ${FIELDS} } }`;
const LIST = `{ savedViews(limit: 500) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { savedView(id: $id) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteSavedView(id: $id) { id name } }`;

describe("saved views API", () => {
  let api: Harness;
  const alice = uniqueId("views-alice");
  const bob = uniqueId("views-bob");
  const admin = uniqueId("views-admin");
  let tokens: { alice: string; bob: string; admin: string; researcher: string };

  beforeAll(async () => {
    api = await startHarness();
    tokens = {
      alice: await api.token("coordinator", alice),
      bob: await api.token("coordinator", bob),
      admin: await api.token("admin", admin),
      researcher: await api.token("researcher", uniqueId("views-researcher")),
    };
  });
  afterAll(async () => {
    const who = [alice, bob, admin];
    await api.cypher("MATCH (v:SavedView) WHERE v.createdBy IN $who DELETE v", { who });
    await api.cypher("MATCH (a:AuditEntry) WHERE a.actor IN $who DELETE a", { who });
    await api.close();
  });

  it("refuses anonymous visitors and researchers, for reading as for writing", async () => {
    for (const [query, variables] of [
      [LIST, {}],
      [ONE, { id: "x" }],
      [SAVE, { name: "Créteil", url: "#/graph" }],
      [DELETE, { id: "x" }],
    ] as const) {
      const anonymous = await api.gql(query, variables);
      expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      const researcher = await api.gql(query, variables, tokens.researcher);
      expect(researcher.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(Object.values(researcher.data ?? {}).every((v) => v === null)).toBe(true);
    }
  });

  it("saves a view, lists it for the whole team, opens it by id and records who saved it in the audit trail", async () => {
    const url = "#/graph?town=94071&types=EssStructure%2CFinancer&select=ess-1";
    const saved = await api.gql(SAVE, { name: "  Épiceries de Créteil  ", url }, tokens.alice);
    expect(saved.errors).toBeUndefined();
    const view = saved.data!.saveView;
    expect(view).toMatchObject({ name: "Épiceries de Créteil", url, createdBy: alice, mine: true });

    const listed = await api.gql(LIST, {}, tokens.bob);
    const mine = listed.data!.savedViews.find((v: { id: string }) => v.id === view.id);
    expect(mine).toMatchObject({ name: "Épiceries de Créteil", createdBy: alice, mine: false });

    const opened = await api.gql(ONE, { id: view.id }, tokens.bob);
    expect(opened.data!.savedView).toMatchObject({ id: view.id, url });

    const [entry] = await api.cypher(
      "MATCH (a:AuditEntry {operation: 'saveView', entityId: $id}) RETURN a.actor AS actor, a.entityType AS type, a.after AS after",
      { id: view.id },
    );
    expect(entry).toMatchObject({ actor: alice, type: "SavedView" });
    expect(JSON.parse(entry.after).properties).toMatchObject({ name: "Épiceries de Créteil", url, createdBy: alice });
  });

  it("refuses a blank or long name and an address that is not one of the explorer's, naming the field", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ name: "   ", url: "#/graph" }, "name"],
      [{ name: "x".repeat(121), url: "#/graph" }, "name"],
      [{ name: "Vue", url: "https://example.org/#/graph" }, "url"],
      [{ name: "Vue", url: `#/graph?q=${"a".repeat(2000)}` }, "url"],
      [{ name: "Vue\u202e", url: "#/graph" }, "name"],
    ];
    for (const [variables, field] of cases) {
      const res = await api.gql(SAVE, variables, tokens.alice);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: field });
    }
    const stored = await api.cypher("MATCH (v:SavedView {createdBy: $alice, name: 'Vue'}) RETURN count(v) AS n", {
      alice,
    });
    expect(stored[0].n).toBe(0);
  });

  it("lets only the author (or an admin) delete a view, audited; a deleted view opens as none", async () => {
    const { data } = await api.gql(SAVE, { name: "Carte de Bonneuil", url: "#/map?town=94011" }, tokens.alice);
    const id = data!.saveView.id as string;

    const byBob = await api.gql(DELETE, { id }, tokens.bob);
    expect(byBob.errors?.[0].message).toMatch(/only its author or an admin may delete it/);
    expect((await api.gql(ONE, { id }, tokens.bob)).data!.savedView).not.toBeNull();

    const byAlice = await api.gql(DELETE, { id }, tokens.alice);
    expect(byAlice.data!.deleteSavedView).toEqual({ id, name: "Carte de Bonneuil" });
    expect((await api.gql(ONE, { id }, tokens.alice)).data!.savedView).toBeNull();
    const again = await api.gql(DELETE, { id }, tokens.alice);
    expect(again.errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const [entry] = await api.cypher(
      "MATCH (a:AuditEntry {operation: 'deleteSavedView', entityId: $id}) RETURN a.actor AS actor, a.before AS before, a.after AS after",
      { id },
    );
    expect(entry.actor).toBe(alice);
    expect(JSON.parse(entry.before).properties).toMatchObject({ name: "Carte de Bonneuil" });
    expect(entry.after).toBeNull();

    const { data: other } = await api.gql(SAVE, { name: "Annuaire", url: "#/directory?type=Financer" }, tokens.bob);
    const byAdmin = await api.gql(DELETE, { id: other!.saveView.id }, tokens.admin);
    expect(byAdmin.errors).toBeUndefined();
  });
});
