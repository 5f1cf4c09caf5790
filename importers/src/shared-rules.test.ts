import type { OrganisationRecord } from "./model";
import { linkProblem, organisationProblem } from "./shared-rules";
import type { LinkRecord } from "./write-links";

const organisation = (fields: OrganisationRecord["fields"]): OrganisationRecord => ({
  source: "csv",
  label: "EssStructure",
  siret: null,
  rnaId: null,
  newId: "csv-x",
  fields,
  inseeCode: "94028",
  themes: [],
  file: "organisations.csv",
  line: 2,
});
const org = { by: "id" as const, value: "ess-x", text: "ess-x" };

describe("imports follow the API's rules", () => {
  it("rejects an organisation whose name is invisible or hides a text-direction override, saying which field and why", () => {
    expect(organisationProblem(organisation({ name: "\u200B\u200B" }))).toBe("name: must not be empty");
    expect(organisationProblem(organisation({ name: "Épicerie \u202Eeriadilos", postalCode: "94000" }))).toBe(
      "name: must not contain control, text-direction or invisible characters (found U+202E): type the value again rather than pasting it",
    );
    expect(
      organisationProblem(organisation({ name: "Épicerie solidaire", postalCode: "94000", legalForm: "ASSOCIATION" })),
    ).toBeNull();
  });

  it("rejects needs, offers, partnerships and events that break a rule, and lets an attendance-only event row through", () => {
    const need: LinkRecord = {
      type: "need",
      file: "f.csv",
      line: 3,
      org,
      id: null,
      props: { title: "x".repeat(200_000), kind: "VEHICLE", description: null, status: "OPEN" },
      themes: [],
    };
    expect(linkProblem(need)).toBe("title: must be at most 200 characters");
    const partnership: LinkRecord = {
      type: "partnership",
      file: "f.csv",
      line: 4,
      a: org,
      b: org,
      props: { kind: "CO_PROJECT", since: 2024, until: 2020, description: null },
    };
    expect(linkProblem(partnership)).toBe("until: the last year cannot be before the first");
    const event: LinkRecord = {
      type: "event",
      file: "f.csv",
      line: 5,
      id: "ev-1",
      explicitId: true,
      props: { title: "Forum\u0000", kind: "FORUM", date: null, year: 2024, place: null, description: null },
      town: null,
      themes: [],
      attendees: [],
    };
    expect(linkProblem(event)).toMatch(/^title: must not contain .*U\+0000/);
    expect(linkProblem({ ...event, props: null })).toBeNull();
  });
});
