import { placeRecord, townCentres } from "./place";
import type { OrganisationRecord } from "./model";

const record = (fields: OrganisationRecord["fields"], extra: Partial<OrganisationRecord> = {}): OrganisationRecord => ({
  source: "sirene",
  label: "EssStructure",
  siret: "12345678900011",
  rnaId: null,
  newId: "ess-x",
  fields: { name: "X", ...fields },
  inseeCode: "94028",
  themes: [],
  file: "f.csv",
  line: 2,
  ...extra,
});

describe("placeRecord", () => {
  it("keeps the source's coordinates and records that they are the address's", () => {
    const at = { latitude: 48.79, longitude: 2.455 };
    expect(placeRecord(record({ location: at })).fields).toMatchObject({ location: at, geoPrecision: "address" });
  });

  it("places a record without coordinates at its town's centre, and records that it is the town's", () => {
    const creteil = townCentres().get("94028")!;
    expect(creteil.latitude).toBeCloseTo(48.78, 1);
    expect(placeRecord(record({ location: null })).fields).toMatchObject({
      location: creteil,
      geoPrecision: "commune",
    });
    expect(placeRecord(record({})).fields).toMatchObject({ location: creteil, geoPrecision: "commune" });
  });

  it("leaves closures and towns without an outline alone", () => {
    const closure = record({ closed: true }, { updateOnly: "not in the graph" });
    expect(placeRecord(closure)).toBe(closure);
    expect(placeRecord(record({ location: null }), new Map()).fields).toEqual({ name: "X", location: null });
  });
});
