import neo4j from "neo4j-driver";
import { plainValue } from "./values";

describe("plainValue", () => {
  it("prints temporals as ISO 8601 and points as coordinates, inside lists and maps", () => {
    expect(
      plainValue({
        since: new neo4j.types.Date(2020, 1, 15),
        at: new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 0, 0),
        where: [new neo4j.types.Point(4326, 2.4, 48.7), new neo4j.types.Point(4979, 2.4, 48.7, 35)],
        nested: { on: new neo4j.types.LocalDateTime(2024, 6, 1, 9, 30, 0, 0), name: "Réseau", none: null },
      }),
    ).toEqual({
      since: "2020-01-15",
      at: "2025-01-02T03:04:05Z",
      where: [
        { srid: 4326, x: 2.4, y: 48.7 },
        { srid: 4979, x: 2.4, y: 48.7, z: 35 },
      ],
      nested: { on: "2024-06-01T09:30:00", name: "Réseau", none: null },
    });
  });

  it("gives integers as numbers, and as text where a number would lose digits", () => {
    expect(plainValue([neo4j.int(42), neo4j.int("9007199254740993"), 7])).toEqual([42, "9007199254740993", 7]);
  });
});
