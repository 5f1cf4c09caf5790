import { describe, expect, it } from "vitest";
import type { OrganisationProfileQuery } from "../../gql/graphql";
import { groupLinks, profileOf } from "./profile";

const org = (id: string, name: string, typename: string) => ({ __typename: typename, id, name }) as never;

const ess: OrganisationProfileQuery["essStructures"][number] = {
  __typename: "EssStructure",
  id: "ess-1",
  name: "Épicerie solidaire",
  legalForm: "ASSOCIATION",
  activity: null,
  projectKind: null,
  stage: "EARLY",
  staffRangeLabel: null,
  foundedYear: 2024,
  address: null,
  postalCode: null,
  website: null,
  description: null,
  isVitrine: false,
  source: "illustrative",
  sourceKind: "ILLUSTRATIVE",
  sourceRef: null,
  updatedAt: "2026-01-01T00:00:00Z",
  factSources: [],
  importedAt: null,
  town: [],
  themes: [],
  needs: [],
  offers: [],
  essPartners: [org("ess-2", "Atelier vélo", "EssStructure")],
  businessPartners: [org("biz-1", "Boulangerie Martin", "Business")],
  // A partner that also buys from it is listed once, as a partner.
  customers: [org("biz-1", "Boulangerie Martin", "Business"), org("biz-2", "Auchan", "Business")],
  funders: [org("fin-1", "Département", "Financer")],
  supporters: [org("sup-1", "France Active", "SupportProvider")],
  researchLinks: [],
  memberOf: [org("net-1", "CRESS", "SupportProvider")],
  events: [{ __typename: "Event", id: "ev-1", title: "Convention d'affaires", year: 2025 }],
  sharedResources: [{ __typename: "SharedResource", id: "sr-1", name: "Chambre froide" }],
};

const empty: OrganisationProfileQuery = {
  essStructures: [],
  businesses: [],
  financers: [],
  supportProviders: [],
  researchUnits: [],
};

describe("an organisation's profile", () => {
  it("finds the organisation in whichever type's list holds it", () => {
    expect(profileOf({ ...empty, essStructures: [ess] })?.type).toBe("EssStructure");
    expect(profileOf(empty)).toBeNull();
  });

  it("groups its links by kind in a fixed order, leaving out empty groups and repeats", () => {
    const groups = groupLinks({ type: "EssStructure", record: ess });
    expect(groups.map((g) => g.group)).toEqual(["partners", "financers", "support", "networks", "events", "resources"]);
    const partners = groups.find((g) => g.group === "partners")!.items;
    expect(partners.map((i) => [i.name, i.relation])).toEqual([
      ["Atelier vélo", "partner"],
      ["Auchan", "customer"],
      ["Boulangerie Martin", "partner"],
    ]);
    const events = groups.find((g) => g.group === "events")!.items;
    expect(events).toEqual([
      { id: "ev-1", name: "Convention d'affaires", relation: "attended", organisation: false, year: 2025 },
    ]);
  });

  it("shows a financer's funded structures among its funding links", () => {
    const groups = groupLinks({
      type: "Financer",
      record: {
        __typename: "Financer",
        id: "fin-1",
        name: "Département",
        financerKind: "PUBLIC_BODY",
        instruments: ["GRANT"],
        ticketMinEur: 1000,
        ticketMaxEur: 20000,
        stages: ["EARLY"],
        website: null,
        description: null,
        source: "x",
        sourceKind: "PUBLIC_PAGE",
        sourceRef: null,
        updatedAt: "2026-01-01T00:00:00Z",
        factSources: [],
        themes: [],
        funded: [org("ess-1", "Épicerie solidaire", "EssStructure")],
        events: [],
      },
    });
    expect(groups).toEqual([
      {
        group: "financers",
        items: [{ id: "ess-1", name: "Épicerie solidaire", relation: "funded", organisation: true }],
      },
    ]);
  });
});
