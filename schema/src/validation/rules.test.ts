import { describeIssue, validateFields } from "./rules";

describe("validateFields: the rules shared by the API and the explorer's forms", () => {
  it("accepts a well-formed ESS structure", () => {
    expect(
      validateFields("EssStructure", {
        name: "Épicerie solidaire",
        siren: "812345676",
        siret: "81234567600017",
        rnaId: "W941000001",
        nafCode: "88.99B",
        postalCode: "94000",
        website: "https://epicerie.example",
        foundedYear: 2015,
        location: { latitude: 48.79, longitude: 2.46 },
      }),
    ).toEqual([]);
  });

  it("names each wrong field with a code a form can word", () => {
    const issues = validateFields("EssStructure", {
      name: "   ",
      siret: "81234567600018",
      rnaId: "W12",
      website: "epicerie.example",
      postalCode: "9400",
      foundedYear: 1700,
      location: { latitude: 40.4, longitude: -3.7 },
      description: "x".repeat(5001),
    });
    expect(issues).toEqual([
      { field: "name", code: "required" },
      { field: "siret", code: "siretChecksum" },
      { field: "rnaId", code: "rnaFormat" },
      { field: "website", code: "url" },
      { field: "postalCode", code: "postalCode" },
      { field: "foundedYear", code: "yearRange", params: { min: 1800, max: new Date().getFullYear() } },
      { field: "location", code: "outsideFrance" },
      { field: "description", code: "tooLong", params: { max: 5000 } },
    ]);
  });

  it("checks SIRET and SIREN together, La Poste's exception included", () => {
    expect(validateFields("Business", { siren: "798765434", siret: "81234567600017" })).toEqual([{ field: "siret", code: "sirenMismatch" }]);
    expect(validateFields("Business", { siret: "1234" })).toEqual([{ field: "siret", code: "siretFormat" }]);
    expect(validateFields("Business", { siret: "35600000000015" })).toEqual([]);
    expect(validateFields("Business", { siret: "35600000000016" })).toEqual([{ field: "siret", code: "siretLaPosteChecksum" }]);
  });

  it("refuses clearing a name but lets optional fields be cleared", () => {
    expect(validateFields("ResourceNeed", { title: null, description: null })).toEqual([{ field: "title", code: "required" }]);
  });

  it("keeps provenance to the server and periods in order", () => {
    expect(validateFields("EssStructure", { source: "sirene", sourceKind: "ILLUSTRATIVE" }).map((i) => i.code)).toEqual(["readOnly", "readOnly"]);
    expect(validateFields("Partnership", { since: 2022, until: 2020 })).toEqual([{ field: "until", code: "yearOrder" }]);
    expect(validateFields("Financer", { ticketMinEur: 5000, ticketMaxEur: 1000 })).toEqual([{ field: "ticketMaxEur", code: "amountOrder" }]);
  });

  it("checks contacts' emails and phones", () => {
    expect(validateFields("Contact", { email: "claire@gpsea.fr", phone: "01 99 00 12 34" })).toEqual([]);
    expect(validateFields("Contact", { email: "claire@", phone: "12" }).map((i) => i.code)).toEqual(["email", "phone"]);
  });

  it("words issues in English for API clients", () => {
    expect(describeIssue({ field: "siret", code: "siretChecksum" })).toBe("siret: this SIRET fails its check digit (Luhn): a digit is probably wrong");
    expect(describeIssue({ field: "name", code: "tooLong", params: { max: 200 } })).toBe("name: must be at most 200 characters");
  });
});
