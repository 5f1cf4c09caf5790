import neo4j from "neo4j-driver";
import { decodeValue, encodeValue } from "./values";

describe("backup values", () => {
  const samples: [string, unknown][] = [
    ["integer", neo4j.int("9007199254740993")],
    ["float that looks whole", 1.0],
    ["NaN", Number.NaN],
    ["string", "épicerie « solidaire »"],
    ["list of integers", [neo4j.int(1), neo4j.int(2)]],
    ["WGS 84 point", new neo4j.types.Point(neo4j.int(4326), 2.45, 48.79)],
    ["3D point", new neo4j.types.Point(neo4j.int(4979), 2.45, 48.79, 35)],
    ["datetime with offset", new neo4j.types.DateTime(2024, 5, 17, 9, 30, 0, 123456789, 7200)],
    ["datetime with zone id", new neo4j.types.DateTime(2024, 5, 17, 9, 30, 0, 0, undefined, "Europe/Paris")],
    ["date", new neo4j.types.Date(2019, 1, 31)],
    ["local datetime", new neo4j.types.LocalDateTime(2019, 1, 31, 23, 59, 59, 0)],
    ["duration", new neo4j.types.Duration(neo4j.int(14), neo4j.int(3), neo4j.int(3600), neo4j.int(5))],
  ];
  it.each(samples)("a %s survives JSON with its type", (_name, value) => {
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));
    expect(JSON.stringify(encodeValue(back))).toBe(JSON.stringify(encodeValue(value)));
    expect(Object.prototype.toString.call(back)).toBe(Object.prototype.toString.call(value));
    if (value && typeof value === "object" && !Array.isArray(value))
      expect((back as object).constructor).toBe((value as object).constructor);
  });

  it("tells an integer from a float of the same value", () => {
    expect(encodeValue(neo4j.int(1))).toEqual({ $int: "1" });
    expect(encodeValue(1)).toBe(1);
    expect(decodeValue(1)).toBe(1);
  });
});
