import { loadConfig } from "./config";

const valid = { NEO4J_URI: "bolt://127.0.0.1:7687", JWT_SECRET: "x".repeat(32) };

describe("loadConfig", () => {
  it("applies defaults to a minimal valid environment", () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      env: "production",
      neo4j: { uri: "bolt://127.0.0.1:7687" },
    });
    expect(config.jwt.kind).toBe("secret");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI"],
    [{ NEO4J_URI: undefined }, "NEO4J_URI"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET"],
    [{ NEO4J_USERNAME: "neo4j" }, "NEO4J_PASSWORD"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ JWT_SECRET: undefined }, "JWT_SECRET"],
    [{ TERRITORY: "GPSEA" }, "- TERRITORY: TERRITORY must be the SIREN (9 digits) of an EPT or an EPCI"],
    [{ TERRITORY: "123456789" }, "- TERRITORY: 123456789 is the SIREN of no EPT or EPCI"],
    [{ TERRITORY: "240100800", TERRITORY_OUTLINES: "/nowhere/communes.geojson" }, "- TERRITORY_OUTLINES: /nowhere"],
  ])("stops on %j with a message naming %s", (override, variable) => {
    expect(() => loadConfig({ ...valid, ...override })).toThrow(variable);
  });

  it("serves the territory TERRITORY names, GPSEA by default", () => {
    expect(loadConfig(valid).territory).toMatchObject({ code: "200058006", kind: "EPT" });
    expect(loadConfig(valid).territory.outlines?.features).toHaveLength(16);
    expect(loadConfig({ ...valid, TERRITORY: "240100800" }).territory).toMatchObject({
      code: "240100800",
      name: "CC de Miribel et du Plateau",
      outlines: null,
    });
  });

  it("limits each address and allows no other browser origin by default; reads CORS_ORIGINS", () => {
    expect(loadConfig(valid)).toMatchObject({ ipRatePerMinute: 300, corsOrigins: [] });
    const config = loadConfig({
      ...valid,
      CORS_ORIGINS: "https://a.example.org, https://b.example.org",
      RATE_LIMIT_PER_MINUTE: "60",
    });
    expect(config).toMatchObject({
      ipRatePerMinute: 60,
      corsOrigins: ["https://a.example.org", "https://b.example.org"],
    });
    expect(() => loadConfig({ ...valid, CORS_ORIGINS: "a.example.org" })).toThrow("CORS_ORIGINS");
  });

  it("draws no tiles under the map unless MAP_TILES_URL names a tile server, with who the tiles come from", () => {
    expect(loadConfig(valid).basemap).toBeUndefined();
    const ign =
      "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";
    expect(loadConfig({ ...valid, MAP_TILES_URL: ign, MAP_TILES_ATTRIBUTION: "© IGN – Plan IGN" }).basemap).toEqual({
      url: ign,
      attribution: "© IGN – Plan IGN",
      maxZoom: 19,
      origin: "https://data.geopf.fr",
    });
    expect(
      loadConfig({
        ...valid,
        MAP_TILES_URL: "http://127.0.0.1:8080/{z}/{x}/{y}.png",
        MAP_TILES_ATTRIBUTION: "Local tiles",
        MAP_TILES_MAX_ZOOM: "17",
      }).basemap,
    ).toMatchObject({ origin: "http://127.0.0.1:8080", maxZoom: 17 });
  });

  it.each([
    [{ MAP_TILES_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }, "MAP_TILES_ATTRIBUTION"],
    [{ MAP_TILES_URL: "http://tiles.example.org/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION: "x" }, "MAP_TILES_URL"],
    [{ MAP_TILES_URL: "https://tiles.example.org/{z}/{x}.png", MAP_TILES_ATTRIBUTION: "x" }, "MAP_TILES_URL"],
    [{ MAP_TILES_URL: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION: "x" }, "MAP_TILES_URL"],
    [{ MAP_TILES_URL: "tiles/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION: "x" }, "MAP_TILES_URL"],
  ])("stops on the tile setting %j with a message naming %s", (override, variable) => {
    expect(() => loadConfig({ ...valid, ...override })).toThrow(variable);
  });

  it("refuses two token settings at once rather than guessing", () => {
    expect(() => loadConfig({ ...valid, JWT_JWKS_URL: "https://idp.example.org/jwks.json" })).toThrow(/exactly one/);
  });

  it("refuses a JWKS address in clear, loopback excepted, naming JWT_JWKS_URL", () => {
    const jwks = (url: string) =>
      loadConfig({ NEO4J_URI: valid.NEO4J_URI, JWT_JWKS_URL: url, PSEUDONYM_SECRET: "p".repeat(32) });
    for (const url of [
      "http://idp.example.org/jwks.json",
      "http://10.0.0.5/jwks.json",
      "http://localhost.example.org/jwks",
      "ftp://idp.example.org/jwks",
      "http://[::2]/jwks",
    ]) {
      expect(() => jwks(url)).toThrow(/JWT_JWKS_URL.*https/);
    }
    for (const url of [
      "https://idp.example.org/jwks.json",
      "http://localhost:8080/jwks",
      "http://127.0.0.1/jwks",
      "http://127.8.9.10:9000/jwks",
      "http://[::1]:8080/jwks",
    ]) {
      expect(jwks(url).jwt).toMatchObject({ kind: "jwks" });
    }
  });

  it("accepts Aura and cluster URIs", () => {
    const config = loadConfig({
      ...valid,
      NEO4J_URI: "neo4j+s://abcd1234.databases.neo4j.io",
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: "p",
    });
    expect(config.neo4j).toEqual({
      uri: "neo4j+s://abcd1234.databases.neo4j.io",
      username: "neo4j",
      password: "p",
      database: undefined,
    });
  });
});
