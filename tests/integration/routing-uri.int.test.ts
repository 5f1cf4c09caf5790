/**
 * The routing URI scheme: graph-api configured with
 * NEO4J_URI=neo4j://… (what a cluster or Aura needs, there as neo4j+s://)
 * works against the local single instance: the driver fetches a routing table,
 * reads go to readers (executeQuery routing READ, @neo4j/graphql's read
 * sessions), writes to the writer.
 */
import { startHarness, uniqueId, type Harness } from "./harness";

jest.setTimeout(60_000);

describe("graph-api over a neo4j:// routing URI", () => {
  let api: Harness;
  const routingUri = () => (process.env.NEO4J_URI as string).replace(/^bolt:\/\//, "neo4j://");

  beforeAll(async () => {
    expect(process.env.NEO4J_URI).toMatch(/^(bolt|neo4j):\/\//);
    api = await startHarness({ neo4jUri: routingUri() });
  });
  afterAll(() => api.close());

  it("is configured with the routing scheme, and the driver gets a routing table from the single instance", async () => {
    expect(routingUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const info = await api.driver.getServerInfo();
    expect(info.address).toMatch(/:\d+$/);
    const { records } = await api.driver.executeQuery(
      "CALL dbms.routing.getRoutingTable({}) YIELD servers RETURN [s IN servers | s.role] AS roles",
      {},
      { routing: "READ" },
    );
    expect(records[0].get("roles")).toEqual(expect.arrayContaining(["READ", "WRITE", "ROUTE"]));
  });

  it("serves a town's directory (custom resolver) and generated reads", async () => {
    const res = await api.gql(
      `{ townDirectory(inseeCode: "94028") { town { name } count } towns(where: { inseeCode: { eq: "94071" } }) { name } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.townDirectory.town.name).toBe("Créteil");
    expect(res.data!.townDirectory.count).toBeGreaterThan(0);
    expect(res.data!.towns).toEqual([{ name: "Sucy-en-Brie" }]);
  });

  it("writes through the writer and reads the write back", async () => {
    const token = await api.token("coordinator");
    const name = uniqueId("Routage SCIC");
    const created = await api.gql(
      `mutation($name: String!) { createEssStructures(input: [{ name: $name, legalForm: SCIC }]) { essStructures { id name } } }`,
      { name },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEssStructures.essStructures[0].id;
    const read = await api.gql(`query($id: ID!) { essStructures(where: { id: { eq: $id } }) { name legalForm } }`, {
      id,
    });
    expect(read.data!.essStructures).toEqual([{ name, legalForm: "SCIC" }]);
    await api.cypher("MATCH (e:EssStructure {id: $id}) DETACH DELETE e", { id });
  });
});
