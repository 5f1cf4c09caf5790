import neo4j from "neo4j-driver";
import { markRedactedChanges, summariseResult, toSnapshot } from "./snapshot";

const contact = (email: string) => ({
  key: "c1",
  labels: ["Contact"],
  props: { id: "c1", name: "Marie Curie", email, phone: null, role: "présidente" },
  rels: [],
});

describe("audit snapshots", () => {
  it("keeps a contact's role but never its name, email or phone, and says which changed", () => {
    const before = contact("marie@example.org");
    const after = contact("marie.c@example.org");
    const snapshot = markRedactedChanges(before, after, toSnapshot(after))!;
    expect(snapshot.properties).toEqual({
      id: "c1",
      name: "[redacted]",
      email: "[redacted, changed]",
      phone: null,
      role: "présidente",
    });
    expect(JSON.stringify(toSnapshot(before))).not.toContain("marie");
  });

  it("leaves secrets out and prints Neo4j values as JSON", () => {
    const snapshot = toSnapshot({
      key: "k1",
      labels: ["ApiKey"],
      props: {
        id: "k1",
        hash: "abc",
        createdAt: new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 0, 0),
        location: new neo4j.types.Point(4326, 2.4, 48.7),
      },
      rels: [{ type: "LOCATED_IN", out: true, other: "94028", props: { since: new neo4j.types.Date(2020, 1, 1) } }],
    });
    expect(snapshot).toEqual({
      labels: ["ApiKey"],
      properties: { id: "k1", createdAt: "2025-01-02T03:04:05Z", location: { srid: 4326, x: 2.4, y: 48.7 } },
      relationships: [{ type: "LOCATED_IN", direction: "OUT", other: "94028", properties: { since: "2020-01-01" } }],
    });
  });

  it("summarises an answer without the key it issued", () => {
    expect(summariseResult({ id: "k1", key: "mlg_secret", createdAt: "2025-01-02", nested: { a: 1 } })).toEqual({
      id: "k1",
      createdAt: "2025-01-02",
    });
  });
});
