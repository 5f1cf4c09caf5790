import { startHarness, uniqueId, type Harness } from "./harness";

const CREATE = `mutation($name: String!) { createEssStructures(input: [{ name: $name, legalForm: SCIC }]) { essStructures { id name source sourceKind updatedBy } } }`;

describe("writes need a coordinator", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  const exists = async (name: string) =>
    (await api.cypher("MATCH (n:EssStructure {name: $name}) RETURN count(n) AS n", { name }))[0].n > 0;
  const remove = (name: string) => api.cypher("MATCH (n:EssStructure {name: $name}) DETACH DELETE n", { name });

  it("refuses an anonymous mutation with a clear error, and writes nothing", async () => {
    const name = uniqueId("anon");
    const res = await api.gql(CREATE, { name });
    // Refused before execution (no database work): 401, no data.
    expect([res.status, res.data ?? null]).toEqual([401, null]);
    expect(res.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(res.errors![0].message).toMatch(/coordinator/);
    expect(await exists(name)).toBe(false);
  });

  it("refuses anonymous updates, deletes and relationship changes", async () => {
    const before = await api.cypher(
      "MATCH (s:EssStructure {id: 'ess-aap-marjolaine'}) RETURN s.name AS name, COUNT { (s)--() } AS degree",
    );
    for (const mutation of [
      `mutation { updateEssStructures(where: { id: { eq: "ess-aap-marjolaine" } }, update: { name: { set: "Piraté" } }) { essStructures { name } } }`,
      `mutation { deleteEssStructures(where: { id: { eq: "ess-aap-marjolaine" } }) { nodesDeleted } }`,
      `mutation { updateEssStructures(where: { id: { eq: "ess-aap-marjolaine" } }, update: { town: [{ connect: [{ where: { node: { inseeCode: { eq: "94002" } } } }] }] }) { essStructures { name } } }`,
    ]) {
      const res = await api.gql(mutation);
      expect(res.errors?.[0].extensions!.code).toBe("UNAUTHENTICATED");
    }
    expect(
      await api.cypher(
        "MATCH (s:EssStructure {id: 'ess-aap-marjolaine'}) RETURN s.name AS name, COUNT { (s)--() } AS degree",
      ),
    ).toEqual(before);
  });

  it("refuses a researcher's mutation", async () => {
    const name = uniqueId("researcher");
    const res = await api.gql(CREATE, { name }, await api.token("researcher"));
    expect(res.errors?.[0].extensions!.code).toBe("FORBIDDEN");
    expect(await exists(name)).toBe(false);
  });

  it("refuses a token that is forged or expired, rather than treating it as anonymous", async () => {
    const res = await api.gql(`{ towns { name } }`, {}, "not-a-jwt");
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("accepts a coordinator's mutation and records who wrote it", async () => {
    const name = uniqueId("coord");
    const token = await api.token("coordinator", "claire");
    try {
      const res = await api.gql(CREATE, { name }, token);
      expect(res.errors).toBeUndefined();
      const created = res.data!.createEssStructures.essStructures[0];
      expect(created).toEqual({
        id: expect.any(String),
        name,
        source: "coordinator:claire",
        sourceKind: "COORDINATOR",
        updatedBy: "claire",
      });
      const labels = await api.cypher("MATCH (s {id: $id}) RETURN labels(s) AS labels", { id: created.id });
      expect(labels[0].labels.sort()).toEqual(["EssStructure", "Organisation"]);
    } finally {
      await remove(name);
    }
  });

  it("lets an admin write too (an admin is a coordinator)", async () => {
    const name = uniqueId("admin");
    try {
      const res = await api.gql(CREATE, { name }, await api.token("admin"));
      expect(res.errors).toBeUndefined();
      expect(await exists(name)).toBe(true);
    } finally {
      await remove(name);
    }
  });
});
