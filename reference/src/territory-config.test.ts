import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOUNDARIES_PATH, GPSEA_EPT_CODE, TerritoryConfigError, territorySetting } from "./territory-config";
import { loadTerritory, territorySpec } from "./territory";

const epcis = require("@etalab/decoupage-administratif/data/epci.json") as {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}[];
/** An EPCI of the Ain (01), far from Val-de-Marne. */
const OTHER = "240100800";
const other = epcis.find((e) => e.code === OTHER)!;

const errorOf = (env: NodeJS.ProcessEnv): TerritoryConfigError => {
  try {
    territorySetting(env);
  } catch (error) {
    if (error instanceof TerritoryConfigError) return error;
    throw error;
  }
  throw new Error("no error");
};

describe("TERRITORY", () => {
  it("is GPSEA, with its shipped outlines, when unset", () => {
    expect(territorySetting({})).toMatchObject({
      code: GPSEA_EPT_CODE,
      name: "Grand Paris Sud Est Avenir",
      kind: "EPT",
      outlinesPath: BOUNDARIES_PATH,
    });
    expect(territorySetting({}).members).toHaveLength(16);
  });

  it("takes an EPCI's members from the etalab data, without outlines unless TERRITORY_OUTLINES gives them", () => {
    const setting = territorySetting({ TERRITORY: ` ${OTHER} ` });
    expect(setting).toMatchObject({ code: OTHER, name: other.nom, kind: "CC", outlinesPath: null });
    expect(setting.members.map((m) => m.inseeCode)).toEqual(other.membres.map((m) => m.code));
    expect(territorySetting({ TERRITORY: OTHER, TERRITORY_OUTLINES: "/x/y.geojson" }).outlinesPath).toBe(
      "/x/y.geojson",
    );
  });

  it("refuses a value that is not a SIREN, naming the variable and an example", () => {
    const error = errorOf({ TERRITORY: "GPSEA" });
    expect(error.message).toMatch(/^TERRITORY: /);
    expect(error.message).toMatch(/SIREN \(9 digits\) of an EPT or an EPCI, such as 200058006/);
    expect(errorOf({ TERRITORY: "94028" }).message).toMatch(/^TERRITORY: /);
  });

  it("refuses a SIREN of no EPT or EPCI, and says when it is a town's", () => {
    expect(errorOf({ TERRITORY: "123456789" }).message).toBe(
      "TERRITORY: 123456789 is the SIREN of no EPT or EPCI known to @etalab/decoupage-administratif (data/ept.json, data/epci.json); such as 200058006 for Grand Paris Sud Est Avenir",
    );
    // Créteil's own SIREN: a town, not a grouping of towns.
    expect(errorOf({ TERRITORY: "219400280" }).message).toMatch(
      /^TERRITORY: 219400280 is the SIREN of the town Créteil, not of an EPT or an EPCI/,
    );
  });

  it("takes an empty variable as unset (as compose files pass them)", () => {
    expect(territorySetting({ TERRITORY: "", TERRITORY_OUTLINES: " " })).toMatchObject({
      code: GPSEA_EPT_CODE,
      outlinesPath: BOUNDARIES_PATH,
    });
    expect(territorySetting({ TERRITORY: OTHER, TERRITORY_OUTLINES: "" }).outlinesPath).toBeNull();
  });
});

describe("a territory other than GPSEA", () => {
  const dir = mkdtempSync(join(tmpdir(), "maillage-outlines-"));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ];
  const [a, b] = other.membres;

  it("without outlines: its towns with names, populations and postal codes, no location, no neighbours, no programme", () => {
    const territory = loadTerritory(territorySetting({ TERRITORY: OTHER }));
    expect(territory.outlines).toBeNull();
    expect(territory.towns.map((t) => [t.inseeCode, t.name])).toEqual(other.membres.map((m) => [m.code, m.nom]));
    expect(territory.towns.every((t) => t.ring === null && t.centroid === null && t.postalCodes.length > 0)).toBe(true);
    const spec = territorySpec(territory);
    expect(spec.nodes.filter((n) => n.label === "Territory").map((n) => n.props.code)).toEqual([OTHER]);
    expect(spec.nodes.some((n) => n.label === "Town" && "location" in n.props)).toBe(false);
    expect(spec.rels.filter((r) => r.type === "NEIGHBOUR_OF")).toHaveLength(0);
    expect(spec.rels.filter((r) => r.type === "PART_OF")).toHaveLength(other.membres.length);
    expect(JSON.stringify(spec)).not.toMatch(/Créteil|200058006/);
  });

  it("with an outlines file (INSEE code under any usual property, MultiPolygon too): centroids, neighbours and the served outlines", () => {
    const path = file("ok.geojson", {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { INSEE_COM: a.code },
          geometry: { type: "Polygon", coordinates: square(5, 45.8) },
        },
        {
          type: "Feature",
          properties: { code: b.code, nom: "b" },
          geometry: { type: "MultiPolygon", coordinates: [square(5.1, 45.8)] },
        },
        // A town of another territory is left out.
        {
          type: "Feature",
          properties: { code: "94028" },
          geometry: { type: "Polygon", coordinates: square(2.4, 48.7) },
        },
      ],
    });
    const territory = loadTerritory(territorySetting({ TERRITORY: OTHER, TERRITORY_OUTLINES: path }));
    expect(territory.outlines?.features.map((f) => f.properties)).toEqual([
      { code: a.code, nom: a.nom },
      { code: b.code, nom: b.nom },
    ]);
    expect(territory.towns[0].centroid).toMatchObject({ longitude: 5.05, latitude: 45.85 });
    expect(territory.towns.slice(2).every((t) => t.centroid === null)).toBe(true);
    const neighbours = territorySpec(territory).rels.filter((r) => r.type === "NEIGHBOUR_OF");
    expect(neighbours.map((r) => [r.from.key, r.to.key])).toEqual([[a.code, b.code].sort()]);
  });

  it.each([
    ["not JSON", "{", /cannot be read as JSON/],
    ["not a FeatureCollection", { type: "Feature" }, /is not a GeoJSON FeatureCollection/],
    [
      "a feature without INSEE code",
      { type: "FeatureCollection", features: [{ type: "Feature", properties: { nom: "x" }, geometry: null }] },
      /feature 1 carries no INSEE code/,
    ],
    [
      "a town's feature without polygon",
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { code: a.code }, geometry: { type: "Point", coordinates: [5, 45] } },
        ],
      },
      new RegExp(`feature 1 \\(${a.code}\\) has no Polygon or MultiPolygon geometry`),
    ],
  ])("refuses an outlines file that is %s, naming TERRITORY_OUTLINES and the file", (name, content, message) => {
    const path = file(`${name.replace(/\W/g, "-")}.geojson`, content);
    const load = () => loadTerritory(territorySetting({ TERRITORY: OTHER, TERRITORY_OUTLINES: path }));
    expect(load).toThrow(TerritoryConfigError);
    expect(load).toThrow(`TERRITORY_OUTLINES: ${path}`);
    expect(load).toThrow(message);
  });

  it("refuses an outlines file that does not exist", () => {
    expect(() =>
      loadTerritory(territorySetting({ TERRITORY: OTHER, TERRITORY_OUTLINES: join(dir, "none.geojson") })),
    ).toThrow(/^TERRITORY_OUTLINES: .*none\.geojson cannot be read/);
  });
});
