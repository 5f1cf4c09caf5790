/**
 * An edit the database cannot finish within its time limit because another
 * transaction holds the same data (an import, another coordinator's long
 * change): the coordinator is told the database is busy and to retry
 * (503, Retry-After), nothing is half-written, and the retry succeeds.
 */
import { startHarness, uniqueId, type Harness } from "./harness";

const UPDATE = /* GraphQL */ `
  mutation ($id: ID!) {
    updateEssStructures(where: { id: { eq: $id } }, update: { website: { set: "https://example.org/busy" } }) {
      essStructures {
        id
        website
      }
    }
  }
`;

describe("a write behind another transaction's lock", () => {
  let api: Harness;
  const who = uniqueId("contention");
  let coordinator: string;
  let id: string;

  beforeAll(async () => {
    // A short transaction limit, so that waiting for the lock passes it quickly.
    api = await startHarness({ config: { queryTimeoutMs: 1500 } });
    coordinator = await api.token("coordinator", who);
    const name = uniqueId("Contended SCIC");
    const created = await api.gql(
      `mutation ($name: String!) { createEssStructures(input: [{ name: $name, legalForm: SCIC }]) { info { nodesCreated } } }`,
      { name },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    [{ id }] = await api.cypher<{ id: string }>("MATCH (s:EssStructure {name: $name}) RETURN s.id AS id", { name });
  });
  afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.createdBy = $who OR n.updatedBy = $who DETACH DELETE n", { who });
    await api.cypher("MATCH (a:AuditEntry) WHERE a.actor = $who DELETE a", { who });
    await api.close();
  });

  const auditedEdits = async () =>
    (
      await api.cypher<{ n: number }>(
        "MATCH (a:AuditEntry {actor: $who, operation: 'updateEssStructures'}) RETURN count(a) AS n",
        { who },
      )
    )[0].n;

  it("is answered 503 with Retry-After and writes nothing; the retry goes through", async () => {
    const session = api.driver.session();
    const holder = await session.beginTransaction();
    try {
      await holder.run("MATCH (s:EssStructure {id: $id}) SET s.lockedForTest = true", { id });
      const busy = await api.gql(UPDATE, { id }, coordinator);
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("5");
      expect(busy.errors?.[0].extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(busy.errors?.[0].message).toMatch(/busy.*Nothing was written; retry/);
    } finally {
      await holder.rollback();
      await session.close();
    }
    expect(await api.cypher("MATCH (s:EssStructure {id: $id}) RETURN s.website AS website", { id })).toEqual([
      { website: null },
    ]);
    expect(await auditedEdits()).toBe(0);

    const retried = await api.gql(UPDATE, { id }, coordinator);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.updateEssStructures.essStructures).toEqual([{ id, website: "https://example.org/busy" }]);
    expect(await auditedEdits()).toBe(1);
  }, 60_000);
});
