import { startHarness, type Harness } from "./harness";

/**
 * People's names, emails and phones are for coordinators only. Each query
 * below reaches contact data another way; each is valid (a coordinator gets
 * an answer) and each is refused to an anonymous user, with no contact value
 * anywhere in the response.
 */
const WAYS_TO_REACH_CONTACTS: [string, string][] = [
  ["top-level list", `{ contacts(limit: 3) { name email phone } }`],
  ["top-level connection", `{ contactsConnection(first: 3) { totalCount edges { node { email } } } }`],
  ["top-level aggregation", `{ contactsConnection { aggregate { count { nodes } node { email { shortest } } } } }`],
  ["top-level filter", `{ contactsConnection(where: { email: { contains: "@" } }) { totalCount } }`],
  ["nested list", `{ essStructures(limit: 3, sort: [{ id: ASC }]) { id contacts { name email } } }`],
  [
    "nested connection",
    `{ essStructuresConnection(first: 3) { edges { node { contactsConnection { totalCount edges { node { phone } } } } } } }`,
  ],
  [
    "nested sort",
    `{ essStructures(limit: 3) { contactsConnection(sort: [{ node: { name: ASC } }]) { edges { node { id } } } } }`,
  ],
  [
    "nested aggregation",
    `{ essStructures(limit: 3) { contactsConnection { aggregate { count { nodes } node { email { longest } } } } } }`,
  ],
  ["through the Organisation interface", `{ contacts(limit: 2) { organisations { name } } }`],
  ["from a business", `{ businesses(limit: 3) { id contacts { email } } }`],
];

describe("private contacts", () => {
  let api: Harness;
  let emails: string[];
  beforeAll(async () => {
    api = await startHarness();
    emails = (await api.cypher("MATCH (c:Contact) RETURN c.email AS email LIMIT 50")).map((r) => r.email);
  });
  afterAll(() => api.close());

  it("exist in the seed, so that the refusals below mean something", () => {
    expect(emails.length).toBeGreaterThan(10);
  });

  it.each(WAYS_TO_REACH_CONTACTS)("are refused to anonymous users: %s", async (_way, query) => {
    const coordinator = await api.gql(query, {}, await api.token("coordinator"));
    expect(coordinator.errors).toBeUndefined();

    const anonymous = await api.gql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const body = JSON.stringify(anonymous.data ?? null);
    for (const email of emails) expect(body).not.toContain(email);
  });

  /**
   * Filters on other types through their contacts would let anyone probe
   * emails and phones (@neo4j/graphql 7 does not apply Contact's rules inside
   * relationship filters: an anonymous `contacts: { some: { email: ... } } }`
   * answered differently for matching and non-matching values). Those filters
   * do not exist, for anyone; coordinators filter the `contacts` query itself.
   */
  const PROBES: [string, string][] = [
    ["a relationship filter", `{ essStructures(where: { contacts: { some: { email: { contains: "@" } } } }) { id } }`],
    [
      "a connection filter",
      `{ essStructuresConnection(where: { contactsConnection: { some: { node: { phone: { startsWith: "01" } } } } }) { totalCount } }`,
    ],
    ["a negated filter", `{ businesses(where: { contacts: { none: { name: { contains: "a" } } } }) { id } }`],
    [
      "an aggregate filter",
      `{ financers(where: { contactsConnection: { aggregate: { count: { nodes: { gt: 0 } } } } }) { id } }`,
    ],
  ];

  it.each(PROBES)("cannot be probed through %s", async (_way, query) => {
    for (const token of [undefined, await api.token("coordinator")]) {
      const res = await api.gql(query, {}, token);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("can be filtered by coordinators through the contacts query", async () => {
    const res = await api.gql(
      `{ contacts(where: { email: { contains: "@" }, organisations: { some: { name: { contains: "a" } } } }, limit: 5) { email organisations { name } } }`,
      {},
      await api.token("coordinator"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.contacts.length).toBeGreaterThan(0);
  });

  it("are refused to researchers too", async () => {
    const res = await api.gql(`{ contacts(limit: 1) { email } }`, {}, await api.token("researcher"));
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(res.data ?? null)).not.toContain("@");
  });

  it("are readable by coordinators", async () => {
    const res = await api.gql(
      `{ essStructures(where: { id: { startsWith: "demo-ess-" } }, limit: 5, sort: [{ id: ASC }]) { contacts { email } } }`,
      {},
      await api.token("coordinator"),
    );
    expect(res.data!.essStructures.some((s: any) => s.contacts.length > 0)).toBe(true);
  });
});
