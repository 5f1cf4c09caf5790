import { daySlots } from "./day";
import { parseConventionCsv } from "./csv-import";

describe("a convention's day", () => {
  it("cuts the day into slots around the breaks", () => {
    const slots = daySlots({
      date: "2027-03-18",
      startTime: "09:00",
      endTime: "12:00",
      slotMinutes: 25,
      breaks: [{ start: "10:05", end: "10:30" }],
    });
    expect(slots.map((s) => `${s.start}-${s.end}`)).toEqual([
      "09:00-09:25",
      "09:25-09:50",
      "10:30-10:55",
      "10:55-11:20",
      "11:20-11:45",
    ]);
    expect(slots.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("says what is wrong with a time, a date or a day without room for a slot", () => {
    const day = { date: "2027-03-18", startTime: "09:00", endTime: "12:00", slotMinutes: 20, breaks: [] };
    expect(() => daySlots({ ...day, startTime: "9h" })).toThrow('startTime must be a time such as 09:30 (got "9h")');
    expect(() => daySlots({ ...day, date: "2027-02-30" })).toThrow("date must be a date such as 2027-03-18");
    expect(() => daySlots({ ...day, endTime: "08:00" })).toThrow("endTime must be after startTime");
    expect(() => daySlots({ ...day, slotMinutes: 200 })).toThrow("No meeting slot fits");
  });
});

describe("importing wishes and unavailabilities", () => {
  const participants = [
    { id: "s1", name: "Régie de quartier" },
    { id: "b1", name: "Boulangerie Dupain" },
    { id: "b2", name: "Transports Martin" },
  ];

  it("reads wishes and unavailabilities by name, accents and case aside, with a header line", () => {
    const csv = [
      "participant;type;avec ou créneaux;poids",
      "Regie de quartier;souhait;boulangerie dupain;3",
      "b2;Souhait;s1;",
      'Boulangerie Dupain;indisponible;"1-2, 5"',
    ].join("\n");
    expect(parseConventionCsv(csv, participants, 6)).toEqual({
      wishes: [
        { from: "s1", to: "b1", weight: 3 },
        { from: "b2", to: "s1", weight: 1 },
      ],
      unavailabilities: [{ participant: "b1", slots: [0, 1, 4] }],
      errors: [],
    });
  });

  it("lists every wrong line with its number, and imports nothing", () => {
    const csv = [
      "Régie de quartier,souhait,Inconnue SARL,2",
      "Régie de quartier,souhait,Boulangerie Dupain,7",
      "Transports Martin,indisponible,9",
      "Transports Martin,rendez-vous,Régie de quartier",
      "Régie de quartier,souhait,Transports Martin,1",
    ].join("\r\n");
    const result = parseConventionCsv(csv, participants, 6);
    expect(result.wishes).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 1,
        code: "UNKNOWN_PARTICIPANT",
        value: "Inconnue SARL",
        message: "The participant to meet « Inconnue SARL » is not among the convention's participants",
      },
      { line: 2, code: "BAD_WEIGHT", value: "7", message: "Weight must be 1, 2 or 3 (got « 7 »)" },
      { line: 3, code: "BAD_SLOT", value: "9", message: "Slot « 9 » is not between 1 and 6" },
      {
        line: 4,
        code: "BAD_TYPE",
        value: "rendez-vous",
        message: "Type must be « souhait » or « indisponible » (got « rendez-vous »)",
      },
    ]);
  });
});
