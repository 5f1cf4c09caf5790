/**
 * Public answers kept in memory are never stale: two graph-api processes on
 * one Neo4j, a visitor reading through one, a coordinator writing through the
 * other (or an import writing straight to the database), and the very next
 * read shows the write. Kept answers are only for requests without
 * credentials, and GET answers revalidate with their ETag.
 */
import { startHarness, type Harness } from "./harness";

const STRUCTURE = `query Structure($id: ID!) { essStructures(where: { id: { eq: $id } }) { id description } }`;
const EDIT = `mutation Edit($id: ID!, $text: String!) {
  updateEssStructures(where: { id: { eq: $id } }, update: { description: { set: $text } }) { essStructures { id } }
}`;

describe("public reads kept in memory", () => {
  let reader: Harness;
  let writer: Harness;
  let id: string;
  let original: string | null;

  beforeAll(async () => {
    [reader, writer] = await Promise.all([startHarness(), startHarness()]);
    const [row] = await reader.cypher<{ id: string; description: string | null }>(
      "MATCH (e:EssStructure) RETURN e.id AS id, e.description AS description ORDER BY e.id LIMIT 1",
    );
    ({ id, description: original } = row);
  });

  afterAll(async () => {
    await reader.cypher("MATCH (e:EssStructure {id: $id}) SET e.description = $original", { id, original });
    await Promise.all([reader.close(), writer.close()]);
  });

  const description = async () => {
    const res = await reader.gql<{ essStructures: { description: string }[] }>(STRUCTURE, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.essStructures[0].description;
  };

  it("shows a coordinator's edit made through another process at the very next read", async () => {
    const coordinator = await writer.token("coordinator", "fresh-reads");
    for (let round = 0; round < 5; round++) {
      await description(); // kept by the reading process
      await description();
      const text = `Épicerie et atelier, version ${round}`;
      const edit = await writer.gql(EDIT, { id, text }, coordinator);
      expect(edit.errors).toBeUndefined();
      expect(await description()).toBe(text);
    }
  });

  it("shows a write made straight to the database (an import) at the very next read", async () => {
    await description();
    await reader.cypher("MATCH (e:EssStructure {id: $id}) SET e.description = 'Écrit par un import'", { id });
    expect(await description()).toBe("Écrit par un import");
  });

  it("gives partners' widgets a coordinator's edit at the very next request", async () => {
    type Directory = { entries: { id: string; description: string | null }[] };
    const widget = async () => (await (await fetch(`${reader.url}/api/widget/communes/94028`)).json()) as Directory;
    const [entry] = (await widget()).entries;
    const coordinator = await writer.token("coordinator", "fresh-widget");
    const before = await reader.cypher<{ d: string | null }>("MATCH (e {id: $id}) RETURN e.description AS d", {
      id: entry.id,
    });
    try {
      const edit = await writer.gql(
        EDIT,
        { id: entry.id, text: "Nouvelle description pour les partenaires" },
        coordinator,
      );
      expect(edit.errors).toBeUndefined();
      const after = (await widget()).entries.find((e) => e.id === entry.id);
      expect(after?.description).toBe("Nouvelle description pour les partenaires");
    } finally {
      await reader.cypher("MATCH (e {id: $id}) SET e.description = $d", { id: entry.id, d: before[0].d });
    }
  });

  it("answers the same public GET twice alike, with an ETag, and 304 until something is written", async () => {
    const url = `${reader.url}/graphql?query=${encodeURIComponent(`{ essStructures(where: { id: { eq: "${id}" } }) { description } }`)}`;
    const headers = { "apollo-require-preflight": "true" };
    const first = await fetch(url, { headers });
    const second = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    const etag = second.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");

    const unchanged = await fetch(url, { headers: { ...headers, "if-none-match": etag! } });
    expect(unchanged.status).toBe(304);

    await reader.cypher("MATCH (e:EssStructure {id: $id}) SET e.description = 'Changé'", { id });
    const changed = await fetch(url, { headers: { ...headers, "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.json()).toEqual({ data: { essStructures: [{ description: "Changé" }] } });
  });

  it("says the dataset version of kept figures as the first answer did", async () => {
    const query = `{ datasetVersion }`;
    const first = await reader.gql(query);
    const kept = await reader.gql(query);
    expect(first.errors).toBeUndefined();
    expect(first.headers.get("x-dataset-version")).toBeTruthy();
    expect(kept.headers.get("x-dataset-version")).toBe(first.headers.get("x-dataset-version"));
    expect(kept.data).toEqual(first.data);
  });

  it("never keeps nor shares what is asked with a credential", async () => {
    const contacts = `{ contacts(limit: 3) { email } }`;
    const coordinator = await reader.gql<{ contacts: { email: string }[] }>(
      contacts,
      {},
      await reader.token("coordinator", "private-reads"),
    );
    expect(coordinator.headers.get("cache-control")).toBe("private, no-store");
    expect(coordinator.data!.contacts.length).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      const visitor = await reader.gql(contacts);
      expect(visitor.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const body = JSON.stringify(visitor.data ?? null);
      for (const { email } of coordinator.data!.contacts) expect(body).not.toContain(email);
    }
  });

  it("compresses answers and exports for clients that accept it, and not for the others", async () => {
    const large = encodeURIComponent("{ essStructures(limit: 50) { id name description } }");
    for (const path of ["/api/export/nodes.csv", `/graphql?query=${large}`]) {
      const headers = { "apollo-require-preflight": "true" };
      const plain = await fetch(`${reader.url}${path}`, { headers: { ...headers, "accept-encoding": "identity" } });
      expect(plain.status).toBe(200);
      expect(plain.headers.get("content-encoding")).toBeNull();
      const br = await fetch(`${reader.url}${path}`, { headers: { ...headers, "accept-encoding": "br" } });
      expect(br.headers.get("content-encoding")).toBe("br");
      // fetch decodes it: the same text as the plain answer.
      expect(await br.text()).toBe(await plain.text());
    }
  });

  it("keeps no answer with errors: a refused query is asked again and still refused", async () => {
    const bad = `{ essStructures(where: { id: { eq: "${id}" } }) { noSuchField } }`;
    for (let i = 0; i < 2; i++) {
      const res = await reader.gql(bad);
      expect(res.status).toBe(400);
      expect(res.errors![0].message).toContain("noSuchField");
    }
  });
});

describe("full-text search", () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
  });
  afterAll(() => api.close());

  it("gives the same best hits whether a page of 3 or of 50 is asked for", async () => {
    const search = async (first: number) =>
      (
        await api.gql<{ searchEssStructures: { edges: { score: number; node: { id: string } }[] } }>(
          `query S($first: Int!) { searchEssStructures(phrase: "solidaire", first: $first) { edges { score node { id } } } }`,
          { first },
        )
      ).data!.searchEssStructures.edges;
    const many = await search(50);
    expect(many.length).toBeGreaterThan(3);
    const few = await search(3);
    // The best three scores; among hits of equal score the index may list them in another order.
    expect(few.map((e) => e.score)).toEqual(many.slice(0, 3).map((e) => e.score));
    const scoreOf = new Map(many.map((e) => [e.node.id, e.score]));
    for (const hit of few) expect(scoreOf.get(hit.node.id)).toBe(hit.score);
    // Scores come best first, as the index gives them.
    expect([...many].sort((a, b) => b.score - a.score).map((e) => e.score)).toEqual(many.map((e) => e.score));
  });

  it("still filters and counts every hit when asked to", async () => {
    const res = await api.gql<{
      searchEssStructures: { totalCount: number; edges: { node: { id: string; town: { inseeCode: string }[] } }[] };
    }>(
      `{ searchEssStructures(phrase: "solidaire", first: 2, where: { node: { town: { some: { inseeCode: { eq: "94028" } } } } }) {
          totalCount edges { node { id town { inseeCode } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data!.searchEssStructures;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.town.some((t) => t.inseeCode === "94028"))).toBe(true);
    const [{ n }] = await api.cypher<{ n: number }>(
      `CALL db.index.fulltext.queryNodes("essStructureSearch", "solidaire") YIELD node
       MATCH (node)-[:LOCATED_IN]->(:Town {inseeCode: "94028"}) RETURN count(node) AS n`,
    );
    expect(totalCount).toBe(Number(n));
  });
});
