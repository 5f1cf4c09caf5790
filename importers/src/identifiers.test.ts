import { luhnValid, rnaProblem, sirenProblem, siretProblem } from "./identifiers";
import { insideFrance, toWgs84 } from "./geo";

describe("SIREN, SIRET and RNA ids", () => {
  it("accepts numbers with a good Luhn digit and says why it refuses the others", () => {
    expect(luhnValid("79927398713")).toBe(true); // the textbook example
    expect(luhnValid("79927398710")).toBe(false);
    expect(sirenProblem("812345676")).toBeNull();
    expect(sirenProblem("812345677")).toMatch(/check digit/);
    expect(sirenProblem("81234567")).toMatch(/not 9 digits/);
    expect(siretProblem("81234567600017")).toBeNull();
    expect(siretProblem("81234567600018")).toMatch(/fails its check digit/);
    expect(siretProblem("8123456760001")).toMatch(/not 14 digits/);
    // The SIREN part is checked on its own too.
    expect(siretProblem("12345678901234")).toMatch(/SIREN 123456789 fails/);
  });

  it("knows La Poste's exception: the digit sum of its SIRETs is a multiple of 5", () => {
    expect(sirenProblem("356000000")).toBeNull();
    // 3+5+6+1 = 15: valid for La Poste although the Luhn check fails.
    expect(luhnValid("35600000000001")).toBe(false);
    expect(siretProblem("35600000000001")).toBeNull();
    expect(siretProblem("35600000000002")).toMatch(/La Poste/);
  });

  it("RNA ids are W and nine digits", () => {
    expect(rnaProblem("W941000001")).toBeNull();
    expect(rnaProblem("W12")).toMatch(/W followed by 9 digits/);
    expect(rnaProblem("941000001")).not.toBeNull();
  });
});

describe("Lambert-93 to WGS84", () => {
  it("maps the projection's origin (x 700 000 m, y 6 600 000 m) to 46.5° N, 3° E, and Créteil's town hall area near Créteil", () => {
    const origin = toWgs84(700000, 6600000);
    expect(origin.latitude).toBeCloseTo(46.5, 9);
    expect(origin.longitude).toBeCloseTo(3, 9);
    const creteil = toWgs84(662150, 6852400);
    expect(creteil.latitude).toBeGreaterThan(48.75);
    expect(creteil.latitude).toBeLessThan(48.8);
    expect(creteil.longitude).toBeGreaterThan(2.43);
    expect(creteil.longitude).toBeLessThan(2.5);
    expect(insideFrance(creteil)).toBe(true);
  });

  it("refuses unknown systems and tells points outside France", () => {
    expect(() => toWgs84(1, 2, "9999")).toThrow(/unknown coordinate system EPSG:9999/);
    expect(insideFrance(toWgs84(100, 200))).toBe(false);
    // La Réunion's UTM 40S.
    expect(insideFrance(toWgs84(340000, 7670000, "2975"))).toBe(true);
  });
});
